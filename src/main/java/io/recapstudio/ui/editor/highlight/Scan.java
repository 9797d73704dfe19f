package io.recapstudio.ui.editor.highlight;

/** Small scanning helpers over a line of text (no regular expressions: they run on every keystroke). */
final class Scan {

    private Scan() {
    }

    static int indent(CharSequence s, int n) {
        int i = 0;
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Indentation width with tabs counted to the next multiple of 4, as CommonMark counts it. */
    static int indentWidth(CharSequence s, int n) {
        int width = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += 4 - width % 4;
            } else {
                break;
            }
        }
        return width;
    }

    static int skipSpaces(CharSequence s, int i, int n) {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    static int trimEnd(CharSequence s, int from, int end) {
        while (end > from && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }

    static boolean isBlank(CharSequence s, int n) {
        return indent(s, n) == n;
    }

    static int indexOf(CharSequence s, char c, int from, int n) {
        for (int i = from; i < n; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    static int indexOf(CharSequence s, String needle, int from, int n) {
        int last = n - needle.length();
        for (int i = from; i <= last; i++) {
            if (startsWith(s, i, n, needle)) {
                return i;
            }
        }
        return -1;
    }

    static boolean startsWith(CharSequence s, int i, int n, String prefix) {
        if (i < 0 || i + prefix.length() > n) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(i + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Offset after the quote closing a string opened before {@code i}, or {@code n} when it stays open. */
    static int quoteEnd(CharSequence s, int i, int n, char quote) {
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c == '\\' && quote == '"') {
                j++;
            } else if (c == quote) {
                if (quote == '\'' && j + 1 < n && s.charAt(j + 1) == '\'') {
                    j++;
                } else {
                    return j + 1;
                }
            }
        }
        return n;
    }

    /** Start of a {@code #} comment (preceded by whitespace or at {@code from}), or {@code n}. */
    static int commentStart(CharSequence s, int from, int n) {
        for (int j = from; j < n; j++) {
            if (s.charAt(j) == '#' && (j == from || s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '\t')) {
                return j;
            }
        }
        return n;
    }

    /** True for values YAML and TOML read as non-strings: numbers, booleans, null, dates and times. */
    static boolean isLiteral(CharSequence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        String v = s.subSequence(from, to).toString();
        switch (v) {
            case "true", "false", "yes", "no", "on", "off", "null", "~", "True", "False", "Yes", "No", "NULL":
                return true;
            default:
                break;
        }
        char first = v.charAt(0);
        if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.')) {
            return false;
        }
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(Character.isDigit(c) || "-+:.eETZ _".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
