package io.recapstudio.core.markdown;

import java.util.Arrays;

/**
 * The Markdown text the pipeline hands to flexmark (the post's body with shortcodes replaced by their output or by
 * placeholders) and, for every offset in it, the offset in the post's text it came from.
 */
final class SourceMap {

    private final StringBuilder markdown = new StringBuilder();
    private int[] markdownStarts = new int[16];
    private int[] sourceStarts = new int[16];
    private int[] sourceEnds = new int[16];
    private boolean[] copied = new boolean[16];
    private int count;

    /** Appends {@code source[start, end)} unchanged. */
    void copy(String source, int start, int end) {
        if (end > start) {
            add(start, end, true);
            markdown.append(source, start, end);
        }
    }

    /** Appends {@code text}, which stands for {@code source[start, end)}. */
    void insert(String text, int start, int end) {
        if (!text.isEmpty()) {
            add(start, end, false);
            markdown.append(text);
        }
    }

    private void add(int start, int end, boolean isCopy) {
        if (count == markdownStarts.length) {
            int size = count * 2;
            markdownStarts = Arrays.copyOf(markdownStarts, size);
            sourceStarts = Arrays.copyOf(sourceStarts, size);
            sourceEnds = Arrays.copyOf(sourceEnds, size);
            copied = Arrays.copyOf(copied, size);
        }
        markdownStarts[count] = markdown.length();
        sourceStarts[count] = start;
        sourceEnds[count] = end;
        copied[count] = isCopy;
        count++;
    }

    String markdown() {
        return markdown.toString();
    }

    /** The source offset of the character at {@code offset} of the Markdown text. */
    int sourceOf(int offset) {
        int segment = segmentAt(offset);
        if (segment < 0) {
            return 0;
        }
        if (copied[segment]) {
            return Math.min(sourceEnds[segment], sourceStarts[segment] + offset - markdownStarts[segment]);
        }
        return sourceStarts[segment];
    }

    /** The source offset just past the character before {@code end} (an exclusive end in the Markdown text). */
    int sourceEndOf(int end) {
        if (end <= 0) {
            return sourceOf(0);
        }
        int segment = segmentAt(end - 1);
        if (segment < 0) {
            return 0;
        }
        if (copied[segment]) {
            return sourceStarts[segment] + end - markdownStarts[segment];
        }
        return sourceEnds[segment];
    }

    private int segmentAt(int offset) {
        if (count == 0) {
            return -1;
        }
        int found = Arrays.binarySearch(markdownStarts, 0, count, offset);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }
}
