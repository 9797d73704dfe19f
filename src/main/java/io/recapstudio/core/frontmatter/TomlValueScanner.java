package io.recapstudio.core.frontmatter;

/** Finds where TOML keys and values end in the source text: strings, arrays and inline tables included. */
final class TomlValueScanner {

    private TomlValueScanner() {
    }

    /** End of the key part (bare, "basic" or 'literal') starting at {@code p}, or {@code p} when there is none. */
    static int keyPartEnd(String text, int p, int end) {
        if (p >= end) {
            return p;
        }
        char c = text.charAt(p);
        if (c == '"' || c == '\'') {
            int close = singleLineStringEnd(text, p, end);
            return close < 0 ? p : close;
        }
        int e = p;
        while (e < end && isBareKeyChar(text.charAt(e))) {
            e++;
        }
        return e;
    }

    static boolean isBareKeyChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    static String unquoteKey(String part) {
        if (part.length() >= 2 && part.charAt(0) == '\'') {
            return part.substring(1, part.length() - 1);
        }
        if (part.length() >= 2 && part.charAt(0) == '"') {
            return unescape(part.substring(1, part.length() - 1));
        }
        return part;
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u', 'U' -> {
                    int len = e == 'u' ? 4 : 8;
                    if (i + len < s.length()) {
                        try {
                            out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + len), 16));
                            i += len;
                        } catch (RuntimeException ex) {
                            out.append('\\').append(e);
                        }
                    } else {
                        out.append('\\').append(e);
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    /** End (exclusive) of the value starting at {@code p}: its last character, trailing spaces and comment excluded. */
    static int valueEnd(String text, int p, int end) {
        if (p >= end) {
            return p;
        }
        if (text.startsWith("\"\"\"", p) || text.startsWith("'''", p)) {
            int close = multiLineStringEnd(text, p, end);
            return close < 0 ? restOfLine(text, p, end) : close;
        }
        char c = text.charAt(p);
        if (c == '"' || c == '\'') {
            int close = singleLineStringEnd(text, p, end);
            return close < 0 ? restOfLine(text, p, end) : close;
        }
        if (c == '[' || c == '{') {
            int close = bracketedEnd(text, p, end);
            return close < 0 ? restOfLine(text, p, end) : close;
        }
        return restOfLine(text, p, end);
    }

    private static int restOfLine(String text, int p, int end) {
        int e = p;
        while (e < end && text.charAt(e) != '\n' && text.charAt(e) != '\r' && text.charAt(e) != '#') {
            e++;
        }
        while (e > p && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        return e;
    }

    /** End after the closing quote of a one-line string at {@code p}, or -1. */
    static int singleLineStringEnd(String text, int p, int end) {
        char quote = text.charAt(p);
        for (int i = p + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int multiLineStringEnd(String text, int p, int end) {
        char quote = text.charAt(p);
        String delimiter = text.substring(p, p + 3);
        int i = p + 3;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '"') {
                i += 2;
                continue;
            }
            if (text.startsWith(delimiter, i)) {
                int close = i + 3;
                // Up to two quotes right before the closing delimiter belong to the string.
                while (close < end && close < i + 5 && text.charAt(close) == quote) {
                    close++;
                }
                return close;
            }
            i++;
        }
        return -1;
    }

    /** End after the bracket closing the array or inline table at {@code p}, or -1. */
    private static int bracketedEnd(String text, int p, int end) {
        int depth = 0;
        int i = p;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == '#') {
                while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                continue;
            } else if (text.startsWith("\"\"\"", i) || text.startsWith("'''", i)) {
                int close = multiLineStringEnd(text, i, end);
                if (close < 0) {
                    return -1;
                }
                i = close;
                continue;
            } else if (c == '"' || c == '\'') {
                int close = singleLineStringEnd(text, i, end);
                if (close < 0) {
                    return -1;
                }
                i = close;
                continue;
            }
            i++;
        }
        return -1;
    }
}
