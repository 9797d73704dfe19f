package io.recapstudio.core.text;

import java.util.Arrays;

/**
 * Maps offsets to 1-based line and column numbers and back. A line ends after {@code \n}, after {@code \r\n}, or
 * after a lone {@code \r}; columns count UTF-16 units from 1.
 */
public final class LineIndex {

    private final int[] lineStarts;
    private final int length;

    private LineIndex(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), n);
    }

    /** Number of lines; a text ending in a line break has an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of {@code offset} (an offset equal to the text length is on the last line). */
    public int line(int offset) {
        checkOffset(offset);
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** 1-based column of {@code offset}. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public Position position(int offset) {
        int line = line(offset);
        return new Position(line, offset - lineStarts[line - 1] + 1);
    }

    /** Offset of the first character of 1-based {@code line}. */
    public int lineStart(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IllegalArgumentException("line " + line + " outside 1.." + lineStarts.length);
        }
        return lineStarts[line - 1];
    }

    /** Offset of the line break that ends 1-based {@code line} (or the text length on the last line). */
    public int lineEnd(int line, CharSequence text) {
        int end = line < lineStarts.length ? lineStarts[line] : length;
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** Offset of 1-based {@code line} and {@code column}, clamped to the text. */
    public int offset(int line, int column) {
        int start = lineStart(Math.max(1, Math.min(line, lineStarts.length)));
        return Math.min(length, start + Math.max(0, column - 1));
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + length);
        }
    }

    /** A 1-based line and column. */
    public record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }
}
