package io.recapstudio.core.post;

import java.util.ArrayList;
import java.util.List;

/**
 * The line breaks a text uses, and the two conversions the editor needs: it works on LF-only text
 * ({@link #toLf(CharSequence)}), and {@link #restore(String, String)} gives the edited text back the original line
 * breaks on every line that is still there, and the file's dominant line break on new lines.
 *
 * <p>A round trip {@code restore(original, toLf(original))} returns {@code original} exactly, even for mixed endings.
 *
 * @param lf   number of {@code \n} breaks
 * @param crlf number of {@code \r\n} breaks
 * @param cr   number of lone {@code \r} breaks
 */
public record LineEndings(int lf, int crlf, int cr) {

    /** Counts the line breaks of {@code text}. */
    public static LineEndings detect(CharSequence text) {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lf++;
            } else if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            }
        }
        return new LineEndings(lf, crlf, cr);
    }

    /** The most frequent line break; LF for a text without any, and LF, then CRLF, on a tie. */
    public LineEnding dominant() {
        if (crlf > lf && crlf >= cr) {
            return LineEnding.CRLF;
        }
        if (cr > lf && cr > crlf) {
            return LineEnding.CR;
        }
        return LineEnding.LF;
    }

    /** True when the text uses more than one kind of line break. */
    public boolean isMixed() {
        int kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        return kinds > 1;
    }

    /** Total number of line breaks. */
    public int total() {
        return lf + crlf + cr;
    }

    /** {@code text} with every CRLF and lone CR replaced by LF. */
    public static String toLf(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Gives {@code editedLf} (LF-only text derived from {@code original}) the line breaks of {@code original}: lines
     * the edit kept keep their own break, a changed line keeps the break of the line it replaced, and new lines get
     * the original's dominant break.
     */
    public static String restore(String original, String editedLf) {
        if (toLf(original).equals(editedLf)) {
            return original;
        }
        LineEnding dominant = detect(original).dominant();
        List<Line> before = splitOriginal(original);
        List<Line> after = splitLf(editedLf);
        int[] matches = LineDiff.matchLines(keys(before), keys(after));
        StringBuilder out = new StringBuilder(editedLf.length() + editedLf.length() / 16);
        int oldIndex = 0;
        for (int newIndex = 0; newIndex < after.size(); newIndex++) {
            Line line = after.get(newIndex);
            out.append(line.content());
            if (line.ending().isEmpty()) {
                continue;
            }
            int match = matches[newIndex];
            String ending;
            if (match >= 0) {
                ending = before.get(match).ending();
                oldIndex = match + 1;
            } else {
                // Pair a changed line with the unmatched original line at the same place in the gap.
                int paired = pairedOriginal(matches, newIndex, oldIndex, before.size());
                ending = paired >= 0 ? before.get(paired).ending() : "";
                ending = ending.isEmpty() ? dominant.chars() : ending;
            }
            if (ending.equals("\n") && line.content().isEmpty() && !out.isEmpty()
                    && out.charAt(out.length() - 1) == '\r') {
                // A lone CR followed by an empty LF line would read as one CRLF break: keep two breaks.
                ending = "\r\n";
            }
            out.append(ending);
        }
        return out.toString();
    }

    private static int pairedOriginal(int[] matches, int newIndex, int oldIndex, int oldSize) {
        int gapStart = newIndex;
        while (gapStart > 0 && matches[gapStart - 1] < 0) {
            gapStart--;
        }
        int nextMatch = oldSize;
        for (int k = newIndex + 1; k < matches.length; k++) {
            if (matches[k] >= 0) {
                nextMatch = matches[k];
                break;
            }
        }
        int candidate = oldIndex + (newIndex - gapStart);
        return candidate < nextMatch ? candidate : -1;
    }

    /** Line contents to diff; only a last line without a break gets a mark, so it differs from one with a break. */
    private static String[] keys(List<Line> lines) {
        String[] keys = new String[lines.size()];
        for (int i = 0; i < keys.length; i++) {
            Line line = lines.get(i);
            keys[i] = line.ending().isEmpty() ? line.content() + "\u0000unterminated" : line.content();
        }
        return keys;
    }

    private static List<Line> splitOriginal(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(new Line(text.substring(start, i), text.substring(i, end)));
                start = end;
                i = end - 1;
            }
        }
        if (start < n) {
            lines.add(new Line(text.substring(start), ""));
        }
        return lines;
    }

    private static List<Line> splitLf(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            lines.add(new Line(text.substring(start, i), "\n"));
            start = i + 1;
        }
        if (start < text.length()) {
            lines.add(new Line(text.substring(start), ""));
        }
        return lines;
    }

    private record Line(String content, String ending) {
    }
}
