package io.recapstudio.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replace the text in {@code range} with {@code replacement}. Edits are how every change to a post is expressed,
 * so that the editor can apply them as one undoable step and unedited bytes never move.
 */
public record TextEdit(TextRange range, String replacement) {

    public TextEdit {
        if (range == null || replacement == null) {
            throw new IllegalArgumentException("range and replacement are required");
        }
    }

    public static TextEdit replace(int start, int end, String replacement) {
        return new TextEdit(new TextRange(start, end), replacement);
    }

    public static TextEdit insert(int at, String text) {
        return new TextEdit(TextRange.empty(at), text);
    }

    public static TextEdit delete(int start, int end) {
        return new TextEdit(new TextRange(start, end), "");
    }

    /**
     * The one edit that turns {@code before} into {@code after}: it replaces only what lies between their common
     * start and common end (never splitting a surrogate pair), so applying it moves no unchanged text.
     */
    public static TextEdit between(String before, String after) {
        int max = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && prefix < max && Character.isHighSurrogate(before.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && suffix < max - prefix && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
            suffix--;
        }
        return replace(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
    }

    public String applyTo(String text) {
        if (range.end() > text.length()) {
            throw new IllegalArgumentException("edit " + range + " lies outside a text of " + text.length() + " chars");
        }
        return text.substring(0, range.start()) + replacement + text.substring(range.end());
    }

    /**
     * Applies non-overlapping edits (in any order) to {@code text}; each edit's range refers to the original text.
     *
     * @throws IllegalArgumentException when two edits overlap
     */
    public static String applyAll(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> e.range().start()).thenComparingInt(e -> e.range().end()));
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (TextEdit edit : sorted) {
            if (edit.range().start() < copied) {
                throw new IllegalArgumentException("overlapping edits at offset " + edit.range().start());
            }
            out.append(text, copied, edit.range().start()).append(edit.replacement());
            copied = edit.range().end();
        }
        return out.append(text, copied, text.length()).toString();
    }
}
