package io.recapstudio.core.shortcode;

import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's one scan for code in Markdown: a light, line-based, linear scan for fenced blocks ({@code ```} or
 * {@code ~~~}, inside quotes and list items too), indented blocks (four columns more than the surrounding list item,
 * after a blank line), and inline code spans. Shortcode tags and escaped examples are opaque to the span scan, as Hugo
 * replaces them before Markdown sees the text. This is not a Markdown parser; it answers "is this offset in code?"
 * for the shortcode parser (a call in code is marked) and "is this line in a code block?" for the renderer (a heading
 * line in a fence is no place to cut the text).
 *
 * <p>A fence ends at a closing fence of the same character, at least as long, after as many quote markers and
 * indented at most three columns more than the opening one, or where the quote holding it ends (a line with fewer
 * quote markers); an unclosed fence runs to the end (also out of a list item that ends: the scan does not follow
 * list items that far, and a longer code region only means fewer places where the renderer may cut).
 */
public final class MarkdownCodeRegions {

    private static final Pattern FENCE = Pattern.compile("^[ \\t]*(?:>[ \\t]?)*[ \\t]*(`{3,}|~{3,})(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]*)([-+*]|\\d{1,9}[.)])([ \\t]+|$)");

    private final String text;
    private final int from;
    private final int to;
    private final List<TextRange> opaque;
    private final List<TextRange> blocks = new ArrayList<>();
    private final List<TextRange> paragraphs = new ArrayList<>();
    /** Index of the first opaque range that may still hold or follow the offset being scanned (offsets only grow). */
    private int opaqueCursor;

    private MarkdownCodeRegions(String text, int from, int to, List<TextRange> opaque) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.opaque = opaque;
    }

    /**
     * The code regions of {@code text[from, to)} in source order: fenced and indented blocks and inline code spans.
     *
     * @param opaque ranges the span scan skips (shortcode tags, escaped examples), sorted by start
     */
    public static List<TextRange> find(String text, int from, int to, List<TextRange> opaque) {
        MarkdownCodeRegions scan = new MarkdownCodeRegions(text, from, to, opaque);
        scan.scanBlocks();
        List<TextRange> all = new ArrayList<>(scan.blocks);
        for (TextRange paragraph : scan.paragraphs) {
            scan.scanSpans(paragraph, all);
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /**
     * The fenced and indented code blocks of {@code text} in source order, without the span scan: each range runs from
     * the start of the block's first line to the end of its last (an unclosed fence to the end of the text).
     */
    public static List<TextRange> blocks(String text) {
        MarkdownCodeRegions scan = new MarkdownCodeRegions(text, 0, text.length(), List.of());
        scan.scanBlocks();
        return List.copyOf(scan.blocks);
    }

    private void scanBlocks() {
        BlockState state = new BlockState();
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = lineEnd(lineStart);
            int next = nextLine(lineEnd);
            scanLine(state, lineStart, lineEnd, next);
            lineStart = next;
        }
        state.endIndented(this);
        state.endParagraph(this);
        if (state.fenceStart >= 0) {
            blocks.add(TextRange.of(state.fenceStart, to));
        }
    }

    private void scanLine(BlockState state, int start, int end, int next) {
        String line = text.substring(start, end);
        boolean blank = line.isBlank();
        int indent = indentColumns(line);
        if (state.fenceStart >= 0) {
            int quotes = quoteMarkers(line);
            if (quotes < state.fenceQuotes) {
                // the quote holding the fence ends here (a fence has no lazy lines), and the fence with it
                blocks.add(TextRange.of(state.fenceStart, state.fenceEnd));
                state.fenceStart = -1;
            } else {
                state.fenceEnd = end;
                if (quotes == state.fenceQuotes && mayBeFence(line) && closesFence(line, state)) {
                    blocks.add(TextRange.of(state.fenceStart, end));
                    state.fenceStart = -1;
                    state.previousBlank = true;
                }
                return;
            }
        }
        Matcher fence = mayBeFence(line) ? FENCE.matcher(line) : null;
        if (state.indentedStart >= 0) {
            if (blank || indent >= state.codeIndent()) {
                if (!blank) {
                    state.indentedEnd = end;
                }
                return;
            }
            state.endIndented(this);
        }
        if (blank) {
            state.endParagraph(this);
            state.previousBlank = true;
            return;
        }
        boolean afterBlank = state.previousBlank;
        boolean opensIndented = afterBlank && indent >= state.codeIndent();
        state.previousBlank = false;
        if (opensIndented) {
            state.endParagraph(this);
            state.indentedStart = start;
            state.indentedEnd = end;
        } else if (fence != null && fence.matches()
                && (fence.group(1).charAt(0) == '~' || fence.group(2).indexOf('`') < 0)) {
            state.endParagraph(this);
            state.fence = fence.group(1);
            state.fenceStart = start;
            state.fenceEnd = end;
            state.fenceQuotes = quoteMarkers(line);
            state.fenceIndent = state.fenceQuotes == 0 ? indent : indentColumns(afterQuotes(line));
        } else {
            trackList(state, line, indent, afterBlank);
            if (state.paragraphStart < 0) {
                state.paragraphStart = start;
            }
            state.paragraphEnd = end;
        }
    }

    /** A cheap test before the regular expression: the first character after indentation and quotes is a fence's. */
    private static boolean mayBeFence(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '>') {
                return c == '`' || c == '~';
            }
        }
        return false;
    }

    /** Follows list items, whose content (and code inside them) is indented further. */
    private static void trackList(BlockState state, String line, int indent, boolean afterBlank) {
        Matcher item = mayBeListItem(line) ? LIST_ITEM.matcher(line) : null;
        if (item != null && item.find()) {
            state.listContentIndent = columns(item.group(1)) + item.group(2).length()
                    + Math.max(1, Math.min(4, columns(item.group(3))));
        } else if (afterBlank && indent < state.listContentIndent) {
            state.listContentIndent = indent;
        }
    }

    private static boolean mayBeListItem(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return c == '-' || c == '+' || c == '*' || (c >= '0' && c <= '9');
            }
        }
        return false;
    }

    /**
     * A closing fence for the open one: the same character, at least as long, nothing after it, after as many quote
     * markers, indented at most three columns more than the opening fence (CommonMark allows three more than the
     * fence's container, which is at most where the fence is).
     */
    private static boolean closesFence(String line, BlockState state) {
        Matcher m = FENCE.matcher(line);
        if (!m.matches() || m.group(1).charAt(0) != state.fence.charAt(0)
                || m.group(1).length() < state.fence.length() || !m.group(2).isBlank()) {
            return false;
        }
        String inside = state.fenceQuotes == 0 ? line : afterQuotes(line);
        return indentColumns(inside) - state.fenceIndent <= 3;
    }

    /** How many block-quote markers ({@code >}, each after at most three spaces) start the line. */
    private static int quoteMarkers(String line) {
        int count = 0;
        int i = 0;
        while (true) {
            int spaces = 0;
            while (i < line.length() && line.charAt(i) == ' ' && spaces < 4) {
                i++;
                spaces++;
            }
            if (spaces > 3 || i >= line.length() || line.charAt(i) != '>') {
                return count;
            }
            count++;
            i++;
            if (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
    }

    /** The line after its block-quote markers (and the one optional space after each). */
    private static String afterQuotes(String line) {
        int i = 0;
        int at = 0;
        while (true) {
            int j = at;
            int spaces = 0;
            while (j < line.length() && line.charAt(j) == ' ' && spaces < 4) {
                j++;
                spaces++;
            }
            if (spaces > 3 || j >= line.length() || line.charAt(j) != '>') {
                return line.substring(i);
            }
            j++;
            if (j < line.length() && line.charAt(j) == ' ') {
                j++;
            }
            at = j;
            i = j;
        }
    }

    /**
     * Inline code spans in one paragraph: a run of n backticks up to the next run of exactly n. The paragraph's runs
     * are listed once, by length, and each opener finds its closer by moving a cursor on the runs of its length (the
     * openers come in order), so a paragraph of many unmatched backticks still costs linear time.
     */
    private void scanSpans(TextRange paragraph, List<TextRange> out) {
        int i = paragraph.start();
        int end = paragraph.end();
        Runs runs = null;
        while (i < end) {
            int skip = opaqueEnd(i);
            if (skip > i) {
                i = skip;
                continue;
            }
            int stop = Math.min(end, nextOpaqueStart());
            while (i < stop && text.charAt(i) != '`') {
                i += text.charAt(i) == '\\' && i + 1 < end ? 2 : 1;
            }
            if (i >= stop) {
                continue;
            }
            int runEnd = runEnd(i, end);
            if (runs == null) {
                runs = listRuns(runEnd, end);
            }
            int close = runs.closerAfter(runEnd, runEnd - i);
            if (close >= 0) {
                out.add(TextRange.of(i, close));
                i = close;
            } else {
                i = runEnd;
            }
        }
    }

    /** The start of the next opaque range after the cursor (where the plain scan must stop), or no limit. */
    private int nextOpaqueStart() {
        return opaqueCursor < opaque.size() ? opaque.get(opaqueCursor).start() : Integer.MAX_VALUE;
    }

    /** Every run of backticks in {@code [from, end)} outside the opaque ranges (backslashes do not escape in code). */
    private Runs listRuns(int from, int end) {
        Runs runs = new Runs();
        int saved = opaqueCursor;
        int i = from;
        while (i < end) {
            int skip = opaqueEnd(i);
            if (skip > i) {
                i = skip;
            } else if (text.charAt(i) == '`') {
                int runEnd = runEnd(i, end);
                runs.add(i, runEnd);
                i = runEnd;
            } else {
                i++;
            }
        }
        opaqueCursor = saved;
        return runs;
    }

    /** Backtick runs by length, each length with a cursor that only moves forward. */
    private static final class Runs {
        private final java.util.Map<Integer, List<int[]>> byLength = new java.util.HashMap<>();
        private final java.util.Map<Integer, Integer> cursors = new java.util.HashMap<>();

        void add(int start, int end) {
            byLength.computeIfAbsent(end - start, n -> new ArrayList<>()).add(new int[] {start, end});
        }

        /** The end of the first run of {@code length} backticks starting at or after {@code from}, or -1. */
        int closerAfter(int from, int length) {
            List<int[]> same = byLength.get(length);
            if (same == null) {
                return -1;
            }
            int k = cursors.getOrDefault(length, 0);
            while (k < same.size() && same.get(k)[0] < from) {
                k++;
            }
            cursors.put(length, k);
            return k < same.size() ? same.get(k)[1] : -1;
        }
    }

    private int runEnd(int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == '`') {
            i++;
        }
        return i;
    }

    /**
     * The end of the opaque range that starts at or holds {@code offset}, or {@code offset} itself. The span scan asks
     * with growing offsets (paragraphs in order, each from start to end), so a cursor walks the sorted ranges once:
     * the scan stays linear in the text however many calls it holds.
     */
    private int opaqueEnd(int offset) {
        if (opaqueCursor > 0 && opaque.get(opaqueCursor - 1).end() > offset) {
            opaqueCursor = firstEndingAfter(offset); // asked behind the cursor: find the place again
        }
        while (opaqueCursor < opaque.size() && opaque.get(opaqueCursor).end() <= offset) {
            opaqueCursor++;
        }
        if (opaqueCursor < opaque.size() && opaque.get(opaqueCursor).start() <= offset) {
            return opaque.get(opaqueCursor).end();
        }
        return offset;
    }

    /** The index of the first opaque range ending after {@code offset} (binary search). */
    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = opaque.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (opaque.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int lineEnd(int start) {
        int i = start;
        while (i < to && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private int nextLine(int lineEnd) {
        if (lineEnd >= to) {
            return to;
        }
        return text.charAt(lineEnd) == '\r' && lineEnd + 1 < to && text.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2 : lineEnd + 1;
    }

    private static int indentColumns(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return columns(line.substring(0, i));
    }

    private static int columns(String whitespace) {
        int column = 0;
        for (int i = 0; i < whitespace.length(); i++) {
            column = whitespace.charAt(i) == '\t' ? (column / 4 + 1) * 4 : column + 1;
        }
        return column;
    }

    /** What the line scan carries from line to line. */
    private static final class BlockState {
        boolean previousBlank = true;
        String fence;
        int fenceStart = -1;
        /** The end of the fence's last line so far (where it ends when its container does). */
        int fenceEnd = -1;
        int fenceQuotes;
        /** The columns before the opening fence (after its quote markers). */
        int fenceIndent;
        int indentedStart = -1;
        int indentedEnd = -1;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int listContentIndent;

        int codeIndent() {
            return listContentIndent + 4;
        }

        void endIndented(MarkdownCodeRegions scan) {
            if (indentedStart >= 0) {
                scan.blocks.add(TextRange.of(indentedStart, indentedEnd));
                indentedStart = -1;
            }
        }

        void endParagraph(MarkdownCodeRegions scan) {
            if (paragraphStart >= 0) {
                scan.paragraphs.add(TextRange.of(paragraphStart, paragraphEnd));
                paragraphStart = -1;
            }
        }
    }
}
