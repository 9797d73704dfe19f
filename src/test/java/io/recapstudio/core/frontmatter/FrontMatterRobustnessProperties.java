package io.recapstudio.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.Fixtures;
import io.recapstudio.core.post.Post;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Random and mutated inputs never throw anything but the documented outcomes: parsing gives a view or diagnostics
 * inside the text, writing back gives the same bytes, and an edit either succeeds (verified) or is refused with a
 * {@link FrontMatterEditException}.
 */
class FrontMatterRobustnessProperties {

    private static final String ALPHABET = "-+{}[]:,#'\"|>!&*?%@`=\\ \t\n\r\naAzZ09._~/\u00e9\u2028\uD83D\uDEA2";
    private static final List<String> FIXTURES = Fixtures.posts().stream().map(FrontMatterRobustnessProperties::read)
            .toList();

    @Provide
    Arbitrary<String> frontMatterLike() {
        Arbitrary<String> body = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(120);
        Arbitrary<String> prefix = Arbitraries.of("---\n", "+++\n", "{", "\n---\r\n", "", "---\ntitle: ",
                "+++\ntitle = ", "{\"title\": ");
        Arbitrary<String> suffix = Arbitraries.of("\n---\nbody", "\n+++\n", "}\n", "", "\n---");
        return net.jqwik.api.Combinators.combine(prefix, body, suffix).as((p, b, s) -> p + b + s);
    }

    @Property(tries = 1000)
    void anyTextParsesWithoutThrowingAndDiagnosticsPointIntoTheText(@ForAll("frontMatterLike") String text) {
        FrontMatter fm = FrontMatter.parse(text);

        LineIndex lines = LineIndex.of(text);
        for (Diagnostic d : fm.diagnostics()) {
            assertThat(d.range().end()).isLessThanOrEqualTo(text.length());
            assertThat(d.line()).isBetween(1, lines.lineCount());
            assertThat(d.rule()).isIn(FrontMatter.SYNTAX_RULE, FrontMatter.UNTERMINATED_RULE,
                    FrontMatter.DUPLICATE_KEY_RULE);
        }
        for (FrontMatterEntry entry : fm.entries()) {
            assertThat(entry.range().end()).isLessThanOrEqualTo(text.length());
        }
        assertThat(fm.bodyStart()).isBetween(0, text.length());
    }

    @Property(tries = 400)
    void mutatedFixturesParseAndEditOnlyInDocumentedWays(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        Random random = new Random(seed);
        String text = mutate(FIXTURES.get(random.nextInt(FIXTURES.size())), random);

        FrontMatter fm = FrontMatter.parse(text);
        FrontMatterEditor editor = FrontMatterEditor.of(text);
        try {
            String edited = editor.apply(editor.set("title", "Mutated " + seed));
            assertThat(FrontMatter.parse(edited).title()).contains("Mutated " + seed);
            assertThat(fm.isValid()).isTrue();
        } catch (FrontMatterEditException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 500)
    void anyBytesComeBackByteForByte(@ForAll byte[] bytes) {
        Post post = Post.parse(bytes, null);

        assertThat(post.toBytes()).isEqualTo(bytes);
        assertThat(post.withText(post.text() + "").toBytes()).isEqualTo(bytes);
        assertThat(post.bodyStart()).isBetween(0, post.text().length());
    }

    @Property(tries = 300)
    void mutatedFixtureBytesComeBackByteForByteEvenAfterAnEditElsewhere(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) throws IOException {
        Random random = new Random(seed);
        Path fixture = Fixtures.posts().get(random.nextInt(Fixtures.posts().size()));
        byte[] bytes = Files.readAllBytes(fixture);
        for (int i = 0; i < 3; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }

        Post post = Post.parse(bytes, null);
        Post appended = post.withText(post.text() + "\nappended");

        assertThat(post.toBytes()).isEqualTo(bytes);
        byte[] written = appended.toBytes();
        assertThat(java.util.Arrays.copyOf(written, bytes.length)).isEqualTo(bytes);
        assertThat(new String(written, bytes.length, written.length - bytes.length, StandardCharsets.UTF_8))
                .isEqualTo("\nappended");
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> out.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }

    private static String read(Path path) {
        try {
            return Post.read(path).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
