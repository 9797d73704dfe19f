package io.recapstudio.core.shortcode;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.TextEdit;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

class ShortcodeEditorProperties {

    @Provide
    Arbitrary<String> valid() {
        return ShortcodeArbitraries.validPost();
    }

    @Provide
    Arbitrary<String> values() {
        return ShortcodeArbitraries.values();
    }

    @Property(tries = 400)
    @StatisticsReport(onFailureOnly = true)
    void anArgumentEditChangesOnlyThatCallsOpeningTag(@ForAll("valid") String text,
                                                     @ForAll @IntRange(max = 50) int pick,
                                                     @ForAll @IntRange(max = 3) int operation,
                                                     @ForAll @IntRange(max = 3) int position,
                                                     @ForAll("values") String value) {
        List<ShortcodeCall> calls = ShortcodeParser.parse(text).allCalls();
        Assume.that(!calls.isEmpty());
        ShortcodeCall call = calls.get(pick % calls.size());
        TextEdit edit;
        try {
            edit = apply(text, call, operation, position, value);
        } catch (IllegalArgumentException refused) {
            // mixing styles, a gap, or a value no quoting can hold: refused without touching the text
            Statistics.label("outcome").collect("refused");
            return;
        }
        Statistics.label("outcome").collect("edited");
        assertThat(call.openingRange().contains(edit.range())).isTrue();
        String edited = edit.applyTo(text);
        int start = call.openingRange().start();
        int tailLength = text.length() - call.openingRange().end();
        assertThat(edited.substring(0, start)).isEqualTo(text.substring(0, start));
        assertThat(edited.substring(edited.length() - tailLength))
                .isEqualTo(text.substring(text.length() - tailLength));

        ShortcodeDocument reparsed = ShortcodeParser.parse(edited);
        assertThat(reparsed.diagnostics()).isEmpty();
        ShortcodeCall after = reparsed.allCalls().stream().filter(c -> c.range().start() == start).findFirst()
                .orElseThrow();
        assertThat(after.name()).isEqualTo(call.name());
        checkResult(call, after, operation, position, value);
        Statistics.label("outcome").coverage(c -> c.check("edited").percentage(p -> p > 30));
    }

    private static TextEdit apply(String text, ShortcodeCall call, int operation, int position, String value) {
        return switch (operation) {
            case 0 -> ShortcodeEditor.setNamed(text, call, "p" + position, value);
            case 1 -> ShortcodeEditor.setPositional(text, call, position, value);
            case 2 -> ShortcodeEditor.removeNamed(text, call, "p" + position);
            default -> ShortcodeEditor.removePositional(text, call, position);
        };
    }

    private static void checkResult(ShortcodeCall before, ShortcodeCall after, int operation, int position,
                                    String value) {
        switch (operation) {
            case 0 -> assertThat(after.arguments().named("p" + position).map(Argument::value)).contains(value);
            case 1 -> assertThat(after.arguments().positional(position).map(Argument::value)).contains(value);
            default -> assertThat(after.arguments().size()).isEqualTo(before.arguments().size() - 1);
        }
        if (operation == 0 || operation == 1) {
            for (Argument other : before.arguments().all()) {
                boolean target = operation == 0 ? other.name().filter(("p" + position)::equals).isPresent()
                        : before.arguments().positional(position).filter(other::equals).isPresent();
                if (!target) {
                    assertThat(after.arguments().all()).extracting(Argument::value).contains(other.value());
                }
            }
        }
    }
}
