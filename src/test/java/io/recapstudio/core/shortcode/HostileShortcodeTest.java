package io.recapstudio.core.shortcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.hostile.HostileInputs;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 15: hostile Markdown never overflows the parser's stack and is read in bounded time. */
class HostileShortcodeTest {

    private static ShortcodeDocument parse(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ShortcodeParser.parse(text));
    }

    private static int depth(ShortcodeDocument doc) {
        int depth = 0;
        var level = doc.calls();
        while (!level.isEmpty()) {
            depth++;
            level = level.get(0).children();
        }
        return depth;
    }

    @Test
    void aThousandNestedCallsAreReadWithTheTreeCappedAtAHundredLevelsAndOneDiagnostic() {
        ShortcodeDocument doc = parse(HostileInputs.nestedShortcodes(1_000));
        assertThat(doc.allCalls()).hasSize(1_000);
        assertThat(depth(doc)).isEqualTo(TagPairing.MAX_NESTING + 1);
        assertThat(doc.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(TagReader.MALFORMED);
            assertThat(d.message()).startsWith("Shortcodes nest deeper than 100 levels here");
            assertThat(d.column()).isEqualTo(1 + 12 * 100);
        });
        assertThat(doc.calls().get(0).isClosed()).isTrue();
        assertThat(doc.callAt(12 * 500)).isPresent();
    }

    @Test
    void twentyThousandNestedCallsAreStillRead() {
        ShortcodeDocument doc = parse(HostileInputs.nestedShortcodes(20_000));
        assertThat(doc.allCalls()).hasSize(20_000);
        assertThat(doc.calls()).hasSize(1);
    }

    @Test
    void tenThousandCallsAreRead() {
        ShortcodeDocument doc = parse(HostileInputs.manyShortcodes(10_000));
        assertThat(doc.calls()).hasSize(10_000);
        assertThat(doc.diagnostics()).isEmpty();
    }

    @Test
    void aMegabyteLineNulBytesAndUnclosedTagsAreReadWithoutThrowing() {
        assertThat(parse("a".repeat(1 << 20)).calls()).isEmpty();
        assertThat(parse("x\0{{< youtube \0abc >}}\0\n").calls()).hasSize(1);
        ShortcodeDocument unclosed = parse("{{< ".repeat(20_000));
        assertThat(unclosed.diagnostics()).isNotEmpty().allMatch(Diagnostic::isError);
        assertThat(parse("{{< /note >}}".repeat(20_000)).diagnostics()).hasSize(20_000);
        assertThat(parse("{{< note >}}".repeat(20_000)).calls()).hasSize(20_000);
    }

    @Test
    void binaryGarbageIsReadWithoutThrowing() {
        Random random = new Random(15);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append((char) random.nextInt(0x80));
            if (random.nextInt(50) == 0) {
                text.append("{{< ");
            }
        }
        assertThat(parse(text.toString())).isNotNull();
    }
}
