package io.recapstudio.core.frontmatter;

import java.util.Optional;

/**
 * A linear pre-scan of TOML text against the {@link ParseLimits}, run before tomlj sees it: tomlj's ANTLR parser
 * recurses once per nested array, inline table and dotted key (10,000 of them overflow the stack) and spends seconds
 * and hundreds of megabytes on an array of a million items. The scan follows strings, comments, brackets and keys
 * well enough to bound nesting and count values; the real parse, with its error messages, is still tomlj's.
 */
public final class TomlBounds {

    /** A limit the text passes, and where. */
    public record Violation(int offset, String problem) {
    }

    private final String text;
    private final String subject;
    private int pos;
    private int depth;
    private int values;
    private int keySegments = 1;
    /** Per nesting level: true inside an inline table (after its ',' a key follows), false inside an array. */
    private final boolean[] tables = new boolean[ParseLimits.MAX_DEPTH + 2];

    private TomlBounds(String text, String subject) {
        this.text = text;
        this.subject = subject;
    }

    /**
     * Checks {@code toml} against {@link ParseLimits#MAX_DEPTH} (the top-level table, brackets, braces and dotted
     * key segments, each a level),
     * {@link ParseLimits#MAX_VALUES} and {@link ParseLimits#MAX_CHARS}.
     *
     * @param subject what the text is, for the message ("it", "the file")
     * @return the first limit passed, or empty
     */
    public static Optional<Violation> check(String toml, String subject) {
        if (toml.length() > ParseLimits.MAX_CHARS) {
            return Optional.of(new Violation(0, ParseLimits.tooLarge(subject, toml.length())));
        }
        try {
            new TomlBounds(toml, subject).scan();
            return Optional.empty();
        } catch (ParseLimits.LimitException e) {
            return Optional.of(new Violation(e.offset(), e.getMessage()));
        }
    }

    private void scan() {
        boolean key = true;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                skipToLineEnd();
            } else if (c == '"' || c == '\'') {
                skipString(c);
            } else if (c == '\n') {
                pos++;
                if (depth == 0) {
                    key = true;
                    keySegments = 1;
                }
            } else if (depth == 0 && key && c == '[') {
                header();
            } else if (key) {
                key = keyPart(c);
            } else {
                key = valuePart(c);
            }
        }
    }

    /** A table header line {@code [a.b]} or {@code [[a.b]]}: counts as a value, its segments as nesting. */
    private void header() {
        value();
        int segments = 1;
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != '\n') {
            char c = text.charAt(pos);
            if (c == '"' || c == '\'') {
                skipString(c);
                continue;
            }
            if (c == '#') {
                break;
            }
            if (c == '.') {
                segments++;
                requireDepth(segments + 1, start);
            }
            pos++;
        }
    }

    /** One character of a key; returns whether the scan is still in a key. */
    private boolean keyPart(char c) {
        if (c == '.') {
            requireDepth(depth + ++keySegments, pos);
        }
        if (c == '=') {
            value();
            pos++;
            return false;
        }
        if (c == '}' && depth > 0) {
            depth--;
            pos++;
            return depth > 0 && tables[depth];
        }
        pos++;
        return true;
    }

    /** One character of a value; returns whether a key follows. */
    private boolean valuePart(char c) {
        pos++;
        switch (c) {
            case '[', '{' -> {
                depth++;
                requireDepth(depth + 1, pos - 1);
                tables[depth] = c == '{';
                keySegments = 1;
                return c == '{';
            }
            case ']', '}' -> {
                depth = Math.max(0, depth - 1);
                return false;
            }
            case ',' -> {
                value();
                keySegments = 1;
                return depth > 0 && tables[depth];
            }
            default -> {
                return false;
            }
        }
    }

    private void value() {
        if (++values > ParseLimits.MAX_VALUES) {
            throw new ParseLimits.LimitException(ParseLimits.tooManyValues(subject), pos);
        }
    }

    private void requireDepth(int levels, int at) {
        if (levels > ParseLimits.MAX_DEPTH) {
            throw new ParseLimits.LimitException(ParseLimits.tooDeep(subject), at);
        }
    }

    private void skipToLineEnd() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    /** Skips a basic or literal string, single-line or multi-line, leaving {@code pos} after it. */
    private void skipString(char quote) {
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, pos)) {
            int end = pos + 3;
            while (true) {
                end = text.indexOf(triple, end);
                if (end < 0) {
                    pos = text.length();
                    return;
                }
                if (quote == '"' && escaped(end)) {
                    end++;
                    continue;
                }
                break;
            }
            pos = end + 3;
            while (pos < text.length() && text.charAt(pos) == quote) {
                pos++;
            }
            return;
        }
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                return;
            }
            pos++;
            if (c == '\\' && quote == '"') {
                pos++;
            } else if (c == quote) {
                return;
            }
        }
    }

    /** True when the character at {@code at} follows an odd number of backslashes. */
    private boolean escaped(int at) {
        int n = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
