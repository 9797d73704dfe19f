package io.recapstudio.core.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets in a text.
 *
 * @param start first offset in the range
 * @param end   offset just past the range; equal to {@code start} for an empty range
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public static TextRange of(int start, int end) {
        return new TextRange(start, end);
    }

    public static TextRange empty(int at) {
        return new TextRange(at, at);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** True when {@code offset} lies inside the range (the end excluded). */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** True when {@code other} lies entirely inside this range. */
    public boolean contains(TextRange other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(TextRange other) {
        return other.start < end && start < other.end;
    }

    public TextRange shift(int delta) {
        return new TextRange(start + delta, end + delta);
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
