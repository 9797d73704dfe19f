package io.recapstudio.ui.editor.highlight;

/** Styles the lines of YAML, TOML and JSON front matter: keys, values, strings, literals, comments, punctuation. */
final class FrontMatterLexer {

    private FrontMatterLexer() {
    }

    /** A YAML line (not the closing delimiter). */
    static LineState yaml(CharSequence s, int n, LineState state, TokenSink out) {
        int indent = Scan.indent(s, n);
        if (state.number() >= 0) {
            if (indent == n || indent > state.number()) {
                out.add(indent, n, Style.FM_STRING);
                return state;
            }
            state = LineState.YAML;
        }
        if (indent == n) {
            return state;
        }
        if (s.charAt(indent) == '#') {
            out.add(indent, n, Style.FM_COMMENT);
            return state;
        }
        int i = indent;
        while (i + 1 < n && s.charAt(i) == '-' && s.charAt(i + 1) == ' ') {
            out.add(i, i + 1, Style.FM_PUNCT);
            i = Scan.skipSpaces(s, i + 1, n);
        }
        if (i == n - 1 && s.charAt(i) == '-') {
            out.add(i, n, Style.FM_PUNCT);
            return state;
        }
        int colon = yamlKeyColon(s, i, n);
        if (colon > i) {
            out.add(i, colon, Style.FM_KEY);
            out.add(colon, colon + 1, Style.FM_PUNCT);
            i = Scan.skipSpaces(s, colon + 1, n);
        }
        if (i < n && (s.charAt(i) == '|' || s.charAt(i) == '>')) {
            out.add(i, n, Style.FM_PUNCT);
            return LineState.yamlBlockScalar(indent);
        }
        yamlValue(s, i, n, out);
        return state;
    }

    /** The offset of the colon that ends a mapping key starting at {@code i}, or -1. */
    private static int yamlKeyColon(CharSequence s, int i, int n) {
        if (i >= n) {
            return -1;
        }
        char first = s.charAt(i);
        if (first == '"' || first == '\'') {
            int close = Scan.indexOf(s, first, i + 1, n);
            return close > 0 && close + 1 < n && s.charAt(close + 1) == ':' ? close + 1 : -1;
        }
        if (first == '[' || first == '{' || first == '#') {
            return -1;
        }
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c == ':' && (j + 1 == n || s.charAt(j + 1) == ' ' || s.charAt(j + 1) == '\t')) {
                return j;
            }
            if (c == '#' && j > i && s.charAt(j - 1) == ' ') {
                return -1;
            }
        }
        return -1;
    }

    private static void yamlValue(CharSequence s, int i, int n, TokenSink out) {
        if (i >= n) {
            return;
        }
        char c = s.charAt(i);
        int end;
        if (c == '#') {
            out.add(i, n, Style.FM_COMMENT);
            return;
        } else if (c == '"' || c == '\'') {
            end = Scan.quoteEnd(s, i + 1, n, c);
            out.add(i, end, Style.FM_STRING);
        } else {
            end = Scan.commentStart(s, i, n);
            int valueEnd = Scan.trimEnd(s, i, end);
            boolean literal = c != '[' && c != '{' && Scan.isLiteral(s, i, valueEnd);
            out.add(i, valueEnd, literal ? Style.FM_LITERAL : Style.FM_VALUE);
        }
        int comment = Scan.commentStart(s, end, n);
        if (comment < n) {
            out.add(comment, n, Style.FM_COMMENT);
        }
    }

    /** A TOML line (not the closing delimiter). */
    static LineState toml(CharSequence s, int n, LineState state, TokenSink out) {
        int i = 0;
        if (state.quote() != '\0') {
            int close = Scan.indexOf(s, String.valueOf(state.quote()).repeat(3), 0, n);
            if (close < 0) {
                out.add(0, n, Style.FM_STRING);
                return state;
            }
            out.add(0, close + 3, Style.FM_STRING);
            i = close + 3;
            state = LineState.TOML;
        }
        i = Scan.skipSpaces(s, i, n);
        if (i >= n) {
            return state;
        }
        char c = s.charAt(i);
        if (c == '#') {
            out.add(i, n, Style.FM_COMMENT);
            return state;
        }
        if (c == '[' && state.quote() == '\0' && i == Scan.indent(s, n)) {
            int close = Scan.indexOf(s, ']', i, n);
            int end = close < 0 ? n : (close + 1 < n && s.charAt(close + 1) == ']' ? close + 2 : close + 1);
            out.add(i, end, Style.FM_TABLE);
            addComment(s, end, n, out);
            return state;
        }
        int eq = Scan.indexOf(s, '=', i, n);
        if (eq > i) {
            out.add(i, Scan.trimEnd(s, i, eq), Style.FM_KEY);
            out.add(eq, eq + 1, Style.FM_PUNCT);
            i = Scan.skipSpaces(s, eq + 1, n);
        }
        return tomlValue(s, i, n, out);
    }

    private static LineState tomlValue(CharSequence s, int i, int n, TokenSink out) {
        if (i >= n) {
            return LineState.TOML;
        }
        char c = s.charAt(i);
        if ((c == '"' || c == '\'') && Scan.startsWith(s, i, n, String.valueOf(c).repeat(3))) {
            int close = Scan.indexOf(s, String.valueOf(c).repeat(3), i + 3, n);
            if (close < 0) {
                out.add(i, n, Style.FM_STRING);
                return LineState.tomlString(c);
            }
            out.add(i, close + 3, Style.FM_STRING);
            addComment(s, close + 3, n, out);
            return LineState.TOML;
        }
        int end;
        if (c == '"' || c == '\'') {
            end = Scan.quoteEnd(s, i + 1, n, c);
            out.add(i, end, Style.FM_STRING);
        } else {
            end = Scan.commentStart(s, i, n);
            int valueEnd = Scan.trimEnd(s, i, end);
            out.add(i, valueEnd, c != '[' && c != '{' && Scan.isLiteral(s, i, valueEnd) ? Style.FM_LITERAL
                    : Style.FM_VALUE);
        }
        addComment(s, end, n, out);
        return LineState.TOML;
    }

    private static void addComment(CharSequence s, int from, int n, TokenSink out) {
        int comment = Scan.commentStart(s, from, n);
        if (comment < n) {
            out.add(comment, n, Style.FM_COMMENT);
        }
    }

    /**
     * A JSON front matter line. {@code depth} is the nesting depth at the line start (0 on the opening line).
     * Returns the state of the next line: BODY once the top-level object has closed.
     */
    static LineState json(CharSequence s, int n, int depth, TokenSink out) {
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = Scan.quoteEnd(s, i + 1, n, '"');
                int next = Scan.skipSpaces(s, end, n);
                out.add(i, end, next < n && s.charAt(next) == ':' ? Style.FM_KEY : Style.FM_STRING);
                i = end;
            } else if (c == '{' || c == '[') {
                out.add(i, i + 1, depth == 0 ? Style.FM_DELIMITER : Style.FM_PUNCT);
                depth++;
                i++;
            } else if (c == '}' || c == ']') {
                depth--;
                out.add(i, i + 1, depth == 0 ? Style.FM_DELIMITER : Style.FM_PUNCT);
                i++;
                if (depth <= 0) {
                    return LineState.BODY;
                }
            } else if (c == ':' || c == ',') {
                out.add(i, i + 1, Style.FM_PUNCT);
                i++;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else {
                int end = i;
                while (end < n && ",:}] \t".indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                out.add(i, end, Style.FM_LITERAL);
                i = end;
            }
        }
        return LineState.json(depth);
    }
}
