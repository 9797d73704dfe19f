package io.recapstudio.ui.editor.highlight;

import java.util.Arrays;
import java.util.List;

/**
 * The styled ranges of one line, in order and not overlapping, as a lexer emits them (reused from line to line to
 * avoid garbage on every keystroke). Gaps between tokens are unstyled text.
 */
public final class TokenSink {

    private int[] starts = new int[32];
    private int[] ends = new int[32];
    @SuppressWarnings("unchecked")
    private List<String>[] classes = new List[32];
    private int size;

    public void clear() {
        size = 0;
    }

    /** Adds a token; empty ranges are ignored and a token starting before the previous one's end is clipped. */
    public void add(int start, int end, List<String> styleClasses) {
        int from = size == 0 ? start : Math.max(start, ends[size - 1]);
        if (end <= from) {
            return;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            classes = Arrays.copyOf(classes, size * 2);
        }
        starts[size] = from;
        ends[size] = end;
        classes[size] = styleClasses;
        size++;
    }

    public void add(int start, int end, Style style) {
        add(start, end, style.classes());
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public List<String> classes(int i) {
        return classes[i];
    }

    /** The classes at {@code offset} of the line, or an empty list (for tests and the comment command). */
    public List<String> classesAt(int offset) {
        for (int i = 0; i < size; i++) {
            if (offset >= starts[i] && offset < ends[i]) {
                return classes[i];
            }
        }
        return List.of();
    }
}
