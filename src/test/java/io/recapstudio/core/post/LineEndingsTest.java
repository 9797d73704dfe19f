package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineEndingsTest {

    @Test
    void countsEachKindOfLineBreak() {
        LineEndings endings = LineEndings.detect("a\r\nb\nc\rd\r\n");

        assertThat(endings).isEqualTo(new LineEndings(1, 2, 1));
        assertThat(endings.isMixed()).isTrue();
        assertThat(endings.dominant()).isEqualTo(LineEnding.CRLF);
        assertThat(LineEndings.detect("no breaks").dominant()).isEqualTo(LineEnding.LF);
        assertThat(LineEndings.detect("a\rb\rc\n").dominant()).isEqualTo(LineEnding.CR);
    }

    @Test
    void toLfTurnsEveryBreakIntoLf() {
        assertThat(LineEndings.toLf("a\r\nb\rc\nd\r\r\n")).isEqualTo("a\nb\nc\nd\n\n");
    }

    @Test
    void unchangedMixedTextComesBackExactly() {
        String original = "one\r\ntwo\nthree\rfour";

        assertThat(LineEndings.restore(original, LineEndings.toLf(original))).isSameAs(original);
    }

    @Test
    void changedLineKeepsItsOwnBreakAndNewLinesGetTheDominantOne() {
        String original = "a\r\nb\nc\r\nd\r\n";

        String restored = LineEndings.restore(original, "a\nB changed\nnew line\nc\nd\n");

        assertThat(restored).isEqualTo("a\r\nB changed\nnew line\r\nc\r\nd\r\n");
    }

    @Test
    void deletedLinesTakeTheirBreaksWithThem() {
        String original = "keep\rdrop\nkeep too\r\nlast";

        assertThat(LineEndings.restore(original, "keep\nkeep too\nlast")).isEqualTo("keep\rkeep too\r\nlast");
    }

    @Test
    void newlineAddedAfterALastLineWithoutOneIsTheDominantBreak() {
        String original = "a\r\nb\r\nc";

        assertThat(LineEndings.restore(original, "a\nb\nc\n")).isEqualTo("a\r\nb\r\nc\r\n");
        assertThat(LineEndings.restore(original, "a\nb\nc\nd")).isEqualTo("a\r\nb\r\nc\r\nd");
    }

    @Test
    void movedLinesKeepTheirBreaksWhereTheDiffMatchesThem() {
        String original = "x\ry\r\nz\n";

        String restored = LineEndings.restore(original, "y\nz\nx\n");

        assertThat(LineEndings.toLf(restored)).isEqualTo("y\nz\nx\n");
        assertThat(restored).startsWith("y\r\nz\n");
    }
}
