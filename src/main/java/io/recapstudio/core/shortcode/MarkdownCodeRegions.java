package io.recapstudio.core.shortcode;

import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light, line-based Markdown scan for code: fenced blocks ({@code ```} or {@code ~~~}, inside quotes and list
 * items too), indented blocks (four columns more than the surrounding list item, after a blank line), and inline
 * code spans. Shortcode tags and escaped examples are opaque to the span scan, as Hugo replaces them before Markdown
 * sees the text. This is not a Markdown parser: it only has to say whether a call sits in code.
 */
final class MarkdownCodeRegions {

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

    /** The code regions of {@code text[from, to)} in source order; {@code opaque} must be sorted. */
    static List<TextRange> find(String text, int from, int to, List<TextRange> opaque) {
        MarkdownCodeRegions scan = new MarkdownCodeRegions(text, from, to, opaque);
        scan.scanBlocks();
        List<TextRange> all = new ArrayList<>(scan.blocks);
        for (TextRange paragraph : scan.paragraphs) {
            scan.scanSpans(paragraph, all);
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
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
        if (state.fenceStart >= 0) {
            if (mayBeFence(line) && closesFence(line, state.fence)) {
                blocks.add(TextRange.of(state.fenceStart, end));
                state.fenceStart = -1;
                state.previousBlank = true;
            }
            return;
        }
        Matcher fence = mayBeFence(line) ? FENCE.matcher(line) : null;
        int indent = indentColumns(line);
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

    private static boolean closesFence(String line, String fence) {
        Matcher m = FENCE.matcher(line);
        return m.matches() && m.group(1).charAt(0) == fence.charAt(0) && m.group(1).length() >= fence.length()
                && m.group(2).isBlank();
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
