package io.recapstudio.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Fuzzing the codecs with hostile shapes (deep nesting, alias chains, merge keys, tags, brackets in strings): the
 * reader never throws, returns the text unchanged, and its values stay within {@link ParseLimits}; a document over a
 * limit is one {@code frontmatter-syntax} error.
 */
class HostileFrontMatterProperties {

    @Property(tries = 150)
    void yamlOfAnyShapeIsReadOrRefusedWithinTheLimits(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed,
                                                      @ForAll @IntRange(min = 1, max = 300) int depth) {
        Random random = new Random(seed);
        StringBuilder yaml = new StringBuilder("title: fuzz\n");
        int anchors = random.nextInt(12);
        for (int i = 0; i < anchors; i++) {
            yaml.append('a').append(i).append(": &a").append(i).append(' ').append(flow(random, depth / 3 + 1, i))
                    .append('\n');
        }
        if (random.nextBoolean() && anchors > 0) {
            yaml.append("m: {<<: [").append("*a0, ".repeat(random.nextInt(6))).append("*a0], k: !!java.io.File x}\n");
        }
        checkPost("---\n" + yaml + "---\nBody\n");
    }

    @Property(tries = 150)
    void tomlOfAnyShapeIsReadOrRefusedWithinTheLimits(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed,
                                                      @ForAll @IntRange(min = 1, max = 300) int depth) {
        Random random = new Random(seed);
        StringBuilder toml = new StringBuilder("title = \"fuzz ]]} #\"\n");
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            String open = random.nextBoolean() ? "[" : "{a = ";
            String close = open.equals("[") ? "]" : "}";
            int d = random.nextInt(depth) + 1;
            toml.append("k").append(i).append(" = ").append(open.repeat(d)).append(random.nextBoolean() ? "1" : "'x'")
                    .append(close.repeat(d)).append(" # [{\n");
        }
        if (random.nextBoolean()) {
            toml.append("[").append("t.".repeat(random.nextInt(depth))).append("u]\nv = 1\n");
        }
        checkPost("+++\n" + toml + "+++\nBody\n");
    }

    @Property(tries = 150)
    void jsonOfAnyShapeIsReadOrRefusedWithinTheLimits(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed,
                                                      @ForAll @IntRange(min = 1, max = 300) int depth) {
        Random random = new Random(seed);
        int d = random.nextInt(depth) + 1;
        String inner = random.nextBoolean() ? "[".repeat(d) + "]".repeat(d) : "{\"a\": ".repeat(d) + "1" + "}".repeat(d);
        checkPost("{\"title\": \"fuzz [\", \"d\": " + inner + "}\n\nBody\n");
    }

    private static String flow(Random random, int depth, int anchor) {
        StringBuilder out = new StringBuilder();
        int d = random.nextInt(depth) + 1;
        for (int i = 0; i < d; i++) {
            out.append(random.nextBoolean() ? "[" : "{k: ");
        }
        out.append(anchor > 0 && random.nextBoolean() ? "*a" + random.nextInt(anchor) : "\"v\"");
        String closing = out.toString().replaceAll("[^\\[{]", "");
        for (int i = closing.length() - 1; i >= 0; i--) {
            out.append(closing.charAt(i) == '[' ? "]" : "}");
        }
        return out.toString();
    }

    private static void checkPost(String post) {
        FrontMatter fm = FrontMatter.parse(post);
        assertThat(fm.text()).isSameAs(post);
        assertThat(ParseLimits.checkTree(fm.values(), "it")).isNull();
        if (!fm.isValid()) {
            assertThat(fm.entries()).isEmpty();
            assertThat(fm.diagnostics()).allMatch(d -> List.of(FrontMatter.SYNTAX_RULE, FrontMatter.UNTERMINATED_RULE,
                    FrontMatter.DUPLICATE_KEY_RULE).contains(d.rule()));
        }
        assertThat(FrontMatter.parse(post).values()).isEqualTo(fm.values());
    }
}
