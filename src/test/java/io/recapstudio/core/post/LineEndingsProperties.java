package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The editor's LF round trip keeps every line ending of lines it did not change. */
class LineEndingsProperties {

    private static final String[] ENDINGS = {"\n", "\r\n", "\r"};

    @Property(tries = 500)
    void unchangedTextComesBackExactly(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        String original = text(new Random(seed));

        assertThat(LineEndings.restore(original, LineEndings.toLf(original))).isEqualTo(original);
    }

    @Property(tries = 500)
    void editedTextReadsAsEditedAndKeepsTheEndingsOfUntouchedLines(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        Random random = new Random(seed);
        String original = text(random);
        List<String> lines = new ArrayList<>(List.of(LineEndings.toLf(original).split("\n", -1)));
        int changed = random.nextInt(lines.size());
        lines.set(changed, lines.get(changed) + "*edited*");
        String editedLf = String.join("\n", lines);

        String restored = LineEndings.restore(original, editedLf);

        assertThat(LineEndings.toLf(restored)).isEqualTo(editedLf);
        String expected = replaceLine(original, changed, "*edited*");
        assertThat(restored).isEqualTo(expected);
    }

    @Property(tries = 300)
    void insertedAndDeletedLinesLeaveOtherLinesEndingsAlone(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        Random random = new Random(seed);
        String original = text(random);
        List<String> lines = new ArrayList<>(List.of(LineEndings.toLf(original).split("\n", -1)));
        int at = random.nextInt(lines.size());
        boolean insert = random.nextBoolean() || lines.size() < 2;
        if (insert) {
            lines.add(at, "inserted line " + seed);
        } else {
            lines.remove(at);
        }
        String editedLf = String.join("\n", lines);

        String restored = LineEndings.restore(original, editedLf);

        assertThat(LineEndings.toLf(restored)).isEqualTo(editedLf);
        List<String> survivors = withEndings(original);
        List<String> after = withEndings(restored);
        long kept = survivors.stream().filter(line -> !line.isEmpty()).filter(after::contains).count();
        assertThat(kept).isGreaterThanOrEqualTo(survivors.stream().filter(l -> !l.isEmpty()).count() - 2);
    }

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        int lines = 1 + random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            out.append(random.nextInt(4) == 0 ? "" : "line " + random.nextInt(5));
            if (i < lines - 1 || random.nextBoolean()) {
                out.append(ENDINGS[random.nextInt(ENDINGS.length)]);
            }
        }
        return out.toString();
    }

    /** {@code text} with {@code suffix} appended to the content of line {@code index} (0-based). */
    private static String replaceLine(String text, int index, String suffix) {
        List<String> parts = withEndings(text);
        String line = parts.get(index);
        int contentEnd = line.length();
        while (contentEnd > 0 && (line.charAt(contentEnd - 1) == '\n' || line.charAt(contentEnd - 1) == '\r')) {
            contentEnd--;
        }
        parts.set(index, line.substring(0, contentEnd) + suffix + line.substring(contentEnd));
        return String.join("", parts);
    }

    /** Lines with their own endings; a text ending in a break has an empty last line. */
    private static List<String> withEndings(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                out.add(text.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
