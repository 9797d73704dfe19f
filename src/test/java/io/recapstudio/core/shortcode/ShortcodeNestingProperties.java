package io.recapstudio.core.shortcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Fuzzing the parser with deep and crossing nests: it never throws and its call tree stays within 101 levels. */
class ShortcodeNestingProperties {

    private static final String[] NAMES = {"note", "alert", "imgproc", "x"};

    @Property(tries = 200)
    void deepRandomNestsParseIntoAShallowTree(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed,
                                              @ForAll @IntRange(min = 1, max = 600) int tags) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tags; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            String delimiter = random.nextInt(4) == 0 ? "%" : "<";
            String close = delimiter.equals("%") ? "%" : ">";
            boolean closing = random.nextInt(3) == 0;
            text.append("{{").append(delimiter).append(' ').append(closing ? "/" : "").append(name)
                    .append(random.nextBoolean() ? " a=\"b\"" : "").append(' ').append(close).append("}}");
            if (random.nextInt(5) == 0) {
                text.append("\n`code` ");
            }
        }
        ShortcodeDocument doc = ShortcodeParser.parse(text.toString());
        int depth = 0;
        var level = doc.calls();
        while (!level.isEmpty()) {
            depth++;
            level = level.get(level.size() - 1).children();
        }
        assertThat(depth).isLessThanOrEqualTo(TagPairing.MAX_NESTING + 1);
        assertThat(doc.allCalls()).allMatch(c -> c.range().end() <= text.length());
        assertThat(doc.diagnostics()).allMatch(d -> d.range().end() <= text.length());
    }
}
