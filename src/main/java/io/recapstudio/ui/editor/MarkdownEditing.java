package io.recapstudio.ui.editor;

import io.recapstudio.core.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formatting commands as text transformations, without a toolkit. Each takes {@code lines}: the whole lines
 * the selection touches (LF separated, no trailing line break), and the selection relative to their start.
 */
public final class MarkdownEditing {

    /** Indentation unit of Tab / Shift+Tab (two spaces nest a Markdown list item and suit YAML). */
    public static final String INDENT = "  ";

    private static final Pattern LIST_ITEM =
            Pattern.compile("^(\\s*)(?:([-*+])|(\\d{1,9})([.)]))(\\s+)(\\[[ xX]\\]\\s+)?");
    private static final Pattern QUOTE = Pattern.compile("^(\\s*(?:>\\s?)+)");
    private static final Pattern HEADING = Pattern.compile("^(\\s{0,3})(#{1,6})(\\s+|$)");
    private static final Pattern URL = Pattern.compile("^(https?://|mailto:|/|\\./)\\S*$");

    private MarkdownEditing() {
    }

    /**
     * Bold ({@code **}) or italic ({@code _}) on the selection: wraps it, or unwraps it when it is wrapped already.
     * With no selection, inserts the pair and puts the caret between.
     */
    public static TextChange toggleWrap(String lines, int start, int end, String marker) {
        int m = marker.length();
        String selected = lines.substring(start, end);
        if (selected.length() >= 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
            String inner = selected.substring(m, selected.length() - m);
            return TextChange.of(TextEdit.replace(start, end, inner), start, start + inner.length());
        }
        if (start >= m && end + m <= lines.length() && lines.startsWith(marker, start - m)
                && lines.startsWith(marker, end)) {
            return new TextChange(List.of(TextEdit.delete(start - m, start), TextEdit.delete(end, end + m)),
                    start - m, end - m);
        }
        return TextChange.of(TextEdit.replace(start, end, marker + selected + marker), start + m, end + m);
    }

    /** A link: {@code [selection](|)}, or {@code [|](url)} when the selection is a URL. */
    public static TextChange link(String lines, int start, int end) {
        String selected = lines.substring(start, end);
        if (!selected.isEmpty() && URL.matcher(selected).matches()) {
            return TextChange.of(TextEdit.replace(start, end, "[](" + selected + ")"), start + 1, start + 1);
        }
        String text = "[" + selected + "]()";
        int caret = start + text.length() - 1;
        return TextChange.of(TextEdit.replace(start, end, text), caret, caret);
    }

    /** Makes every selected line a heading of {@code level} (1–6), or plain text when it already is one. */
    public static TextChange heading(String lines, int start, int end, int level) {
        String marker = "#".repeat(level) + " ";
        List<TextEdit> edits = new ArrayList<>();
        boolean allAtLevel = true;
        for (int[] line : lineRanges(lines)) {
            Matcher h = HEADING.matcher(lines.substring(line[0], line[1]));
            allAtLevel &= h.find() && h.group(2).length() == level;
        }
        int delta = 0;
        int firstDelta = 0;
        boolean first = true;
        for (int[] line : lineRanges(lines)) {
            String text = lines.substring(line[0], line[1]);
            Matcher h = HEADING.matcher(text);
            int oldEnd = h.find() ? h.end() : 0;
            String replacement = allAtLevel ? "" : marker;
            edits.add(TextEdit.replace(line[0], line[0] + oldEnd, replacement));
            int d = replacement.length() - oldEnd;
            if (first) {
                firstDelta = d;
                first = false;
            }
            delta += d;
        }
        return new TextChange(edits, Math.max(0, start + firstDelta), Math.max(0, end + delta));
    }

    /**
     * Comments the selected lines out or back in: {@code <!-- … -->} in Markdown, {@code # } in YAML or TOML front
     * matter (JSON has no comments; the HTML form is used).
     */
    public static TextChange toggleComment(String lines, int start, int end, boolean hashComments) {
        return hashComments ? toggleHashComment(lines, start, end) : toggleHtmlComment(lines, start, end);
    }

    private static TextChange toggleHtmlComment(String lines, int start, int end) {
        boolean whole = start == end;
        int from = whole ? 0 : start;
        int to = whole ? lines.length() : end;
        String region = lines.substring(from, to);
        String trimmed = region.strip();
        if (trimmed.startsWith("<!--") && trimmed.endsWith("-->") && trimmed.length() >= 7) {
            int open = from + region.indexOf("<!--");
            int close = from + region.lastIndexOf("-->");
            int openLen = lines.startsWith("<!-- ", open) ? 5 : 4;
            int closeStart = close > 0 && lines.charAt(close - 1) == ' ' ? close - 1 : close;
            List<TextEdit> edits = List.of(TextEdit.delete(open, open + openLen), TextEdit.delete(closeStart, close + 3));
            int removedBefore = openLen;
            return new TextChange(edits, whole ? Math.max(open, start - removedBefore) : from,
                    whole ? Math.max(open, start - removedBefore) : to - openLen - (close + 3 - closeStart));
        }
        List<TextEdit> edits = List.of(TextEdit.insert(from, "<!-- "), TextEdit.insert(to, " -->"));
        return new TextChange(edits, whole ? start + 5 : from, whole ? start + 5 : to + 9);
    }

    private static TextChange toggleHashComment(String lines, int start, int end) {
        List<int[]> ranges = lineRanges(lines);
        boolean allCommented = true;
        for (int[] r : ranges) {
            String text = lines.substring(r[0], r[1]);
            allCommented &= text.isBlank() || text.stripLeading().startsWith("#");
        }
        List<TextEdit> edits = new ArrayList<>();
        int delta = 0;
        int firstDelta = 0;
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            String text = lines.substring(r[0], r[1]);
            int indent = text.length() - text.stripLeading().length();
            int d = 0;
            if (allCommented && !text.isBlank()) {
                int len = text.startsWith("# ", indent) ? 2 : 1;
                edits.add(TextEdit.delete(r[0] + indent, r[0] + indent + len));
                d = -len;
            } else if (!allCommented && !text.isBlank()) {
                edits.add(TextEdit.insert(r[0] + indent, "# "));
                d = 2;
            }
            if (i == 0) {
                firstDelta = d;
            }
            delta += d;
        }
        return new TextChange(edits, Math.max(0, start + firstDelta), Math.max(0, end + delta));
    }

    /** Indents ({@code outdent} false) or outdents every selected line by {@link #INDENT}. */
    public static TextChange indent(String lines, int start, int end, boolean outdent) {
        List<TextEdit> edits = new ArrayList<>();
        int delta = 0;
        int firstDelta = 0;
        List<int[]> ranges = lineRanges(lines);
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            int d;
            if (outdent) {
                int remove = 0;
                while (remove < INDENT.length() && r[0] + remove < r[1] && lines.charAt(r[0] + remove) == ' ') {
                    remove++;
                }
                if (remove == 0 && r[0] < r[1] && lines.charAt(r[0]) == '\t') {
                    remove = 1;
                }
                edits.add(TextEdit.delete(r[0], r[0] + remove));
                d = -remove;
            } else {
                edits.add(TextEdit.insert(r[0], INDENT));
                d = INDENT.length();
            }
            if (i == 0) {
                firstDelta = d;
            }
            delta += d;
        }
        int firstLineStart = ranges.get(0)[0];
        return new TextChange(edits, Math.max(firstLineStart, start + firstDelta), Math.max(0, end + delta));
    }

    /**
     * Enter in a list item or quote: the next line starts with the same marker (numbers count up, task boxes come
     * unchecked). Enter on an empty item ends the list instead. Empty when the line is neither.
     *
     * @param line  the caret's line
     * @param caret the caret's offset in it
     */
    public static Optional<TextChange> continueList(String line, int caret) {
        Matcher item = LIST_ITEM.matcher(line);
        if (item.find() && caret >= item.end()) {
            if (line.substring(item.end()).isBlank()) {
                return Optional.of(TextChange.of(TextEdit.replace(0, line.length(), ""), 0, 0));
            }
            String next = item.group(2) != null ? item.group(2)
                    : (Long.parseLong(item.group(3)) + 1) + item.group(4);
            String prefix = item.group(1) + next + item.group(5) + (item.group(6) == null ? "" : "[ ] ");
            return Optional.of(insertLine(line, caret, prefix));
        }
        Matcher quote = QUOTE.matcher(line);
        if (quote.find() && caret >= quote.end()) {
            if (line.substring(quote.end()).isBlank()) {
                return Optional.of(TextChange.of(TextEdit.replace(0, line.length(), ""), 0, 0));
            }
            return Optional.of(insertLine(line, caret, quote.group(1).stripTrailing() + " "));
        }
        return Optional.empty();
    }

    private static TextChange insertLine(String line, int caret, String prefix) {
        int trailing = caret;
        while (trailing < line.length() && line.charAt(trailing) == ' ') {
            trailing++;
        }
        String insert = "\n" + prefix;
        int after = caret + insert.length();
        return TextChange.of(TextEdit.replace(caret, trailing, insert), after, after);
    }

    /** [start, end) of each line of {@code lines}. */
    static List<int[]> lineRanges(String lines) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int nl = lines.indexOf('\n', start);
            if (nl < 0) {
                out.add(new int[] {start, lines.length()});
                return out;
            }
            out.add(new int[] {start, nl});
            start = nl + 1;
        }
    }
}
