package io.recapstudio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void countsLinesAcrossLfCrlfAndLoneCr() {
        String text = "a\nbc\r\nd\re";
        LineIndex lines = LineIndex.of(text);
        assertThat(lines.lineCount()).isEqualTo(4);
        assertThat(lines.position(text.indexOf('c')).toString()).isEqualTo("2:2");
        assertThat(lines.position(text.indexOf('d')).toString()).isEqualTo("3:1");
        assertThat(lines.position(text.indexOf('e')).toString()).isEqualTo("4:1");
        assertThat(lines.lineEnd(2, text)).isEqualTo(text.indexOf('\r'));
    }

    @Test
    void offsetAtTextEndIsOnTheLastLine() {
        LineIndex lines = LineIndex.of("x\n");
        assertThat(lines.position(2).toString()).isEqualTo("2:1");
        assertThat(lines.offset(2, 1)).isEqualTo(2);
    }

    @Test
    void editsApplyAgainstTheOriginalOffsets() {
        String text = "0123456789";
        String out = TextEdit.applyAll(text, java.util.List.of(TextEdit.replace(7, 8, "S"), TextEdit.insert(1, "++")));
        assertThat(out).isEqualTo("0++123456S89");
    }
}
