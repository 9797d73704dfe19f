package io.recapstudio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextEditBetweenTest {

    @Test
    void onlyTheDifferingMiddleIsReplaced() {
        TextEdit edit = TextEdit.between("Day one was busy.\n", "Day two was busy.\n");

        assertThat(edit.range()).isEqualTo(TextRange.of(4, 7));
        assertThat(edit.replacement()).isEqualTo("two");
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        TextEdit edit = TextEdit.between("a\uD83D\uDE00b", "a\uD83D\uDE01b");

        assertThat(edit.range()).isEqualTo(TextRange.of(1, 3));
        assertThat(edit.replacement()).isEqualTo("\uD83D\uDE01");
    }

    @Property(seed = "15")
    void applyingTheEditGivesTheOtherText(@ForAll @StringLength(max = 40) String before,
                                          @ForAll @StringLength(max = 40) String after) {
        assertThat(TextEdit.between(before, after).applyTo(before)).isEqualTo(after);
    }
}
