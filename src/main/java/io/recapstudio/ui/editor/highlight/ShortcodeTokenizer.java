package io.recapstudio.ui.editor.highlight;

import java.util.List;

/**
 * Styles shortcode calls inside a line: the delimiters, the name, argument names and values, and escaped examples
 * ({@code {{</* name *\/>}}}, literal text for Hugo). A call may span lines: the tokenizer reports the state a call is
 * left in at the end of the line and resumes from it on the next one.
 */
final class ShortcodeTokenizer {

    private ShortcodeTokenizer() {
    }

    /** True when a call opens at {@code i}: {@code {{<} or {@code {{%}. */
    static boolean opensAt(CharSequence s, int i, int to) {
        return i + 2 < to && s.charAt(i) == '{' && s.charAt(i + 1) == '{'
                && (s.charAt(i + 2) == '<' || s.charAt(i + 2) == '%');
    }

    /**
     * Tokenizes from {@code from} up to the end of the call or of the line.
     *
     * @param state    null when a call opens at {@code from}; otherwise the state the previous line left
     * @param endState receives the state at the end of the line when the call is unfinished, else null
     * @return the offset after the call (or {@code to} when it continues on the next line)
     */
    static int lex(CharSequence s, int from, int to, ShortcodeState state, List<String> base, TokenSink out,
                   ShortcodeState[] endState) {
        endState[0] = null;
        int i = from;
        ShortcodeState st = state;
        if (st == null) {
            char delimiter = s.charAt(from + 2);
            int j = skipSpaces(s, from + 3, to);
            boolean escaped = j + 1 < to && s.charAt(j) == '/' && s.charAt(j + 1) == '*';
            st = new ShortcodeState(delimiter, false, '\0', escaped);
            if (!escaped) {
                out.add(from, from + 3, Style.combine(base, Style.SC_DELIMITER));
                i = from + 3;
            }
        }
        if (st.escaped()) {
            return lexEscaped(s, i, to, st, base, out, endState);
        }
        return lexCall(s, i, to, st, base, out, endState);
    }

    private static int lexEscaped(CharSequence s, int from, int to, ShortcodeState st, List<String> base,
                                  TokenSink out, ShortcodeState[] endState) {
        for (int i = from; i + 1 < to; i++) {
            if (s.charAt(i) == '*' && s.charAt(i + 1) == '/') {
                int j = skipSpaces(s, i + 2, to);
                if (closesAt(s, j, to, st.delimiter())) {
                    out.add(from, j + 3, Style.combine(base, Style.SC_ESCAPED));
                    return j + 3;
                }
            }
        }
        out.add(from, to, Style.combine(base, Style.SC_ESCAPED));
        endState[0] = st;
        return to;
    }

    private static int lexCall(CharSequence s, int from, int to, ShortcodeState start, List<String> base,
                               TokenSink out, ShortcodeState[] endState) {
        char d = start.delimiter();
        boolean nameSeen = start.nameSeen();
        int i = from;
        if (start.quote() != '\0') {
            int end = quoteEnd(s, i, to, start.quote());
            out.add(i, end < 0 ? to : end, Style.combine(base, Style.SC_ARG_VALUE));
            if (end < 0) {
                endState[0] = start;
                return to;
            }
            i = end;
        }
        while (i < to) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (closesAt(s, i, to, d)) {
                out.add(i, i + 3, Style.combine(base, Style.SC_DELIMITER));
                return i + 3;
            } else if (c == '/' && closesAt(s, i + 1, to, d)) {
                out.add(i, i + 4, Style.combine(base, Style.SC_DELIMITER));
                return i + 4;
            } else if (!nameSeen && c == '/') {
                out.add(i, i + 1, Style.combine(base, Style.SC_DELIMITER));
                i++;
            } else if (!nameSeen) {
                int end = wordEnd(s, i, to, d, false);
                out.add(i, end, Style.combine(base, Style.SC_NAME));
                nameSeen = true;
                i = end;
            } else if (c == '"' || c == '`') {
                int end = quoteEnd(s, i + 1, to, c);
                out.add(i, end < 0 ? to : end, Style.combine(base, Style.SC_ARG_VALUE));
                if (end < 0) {
                    endState[0] = new ShortcodeState(d, true, c, false);
                    return to;
                }
                i = end;
            } else {
                int end = wordEnd(s, i, to, d, true);
                if (end < to && s.charAt(end) == '=') {
                    out.add(i, end, Style.combine(base, Style.SC_ARG_NAME));
                    out.add(end, end + 1, Style.combine(base, Style.SC_PUNCT));
                    i = end + 1;
                } else {
                    out.add(i, Math.max(end, i + 1), Style.combine(base, Style.SC_ARG_VALUE));
                    i = Math.max(end, i + 1);
                }
            }
        }
        endState[0] = new ShortcodeState(d, nameSeen, '\0', false);
        return to;
    }

    /** True when the closing delimiter of a call opened with {@code delimiter} ({@code >}}} or {@code %}}}) is at i. */
    static boolean closesAt(CharSequence s, int i, int to, char delimiter) {
        char closer = delimiter == '<' ? '>' : '%';
        return i >= 0 && i + 3 <= to && s.charAt(i) == closer && s.charAt(i + 1) == '}' && s.charAt(i + 2) == '}';
    }

    private static int wordEnd(CharSequence s, int i, int to, char delimiter, boolean stopAtEquals) {
        int j = i;
        while (j < to) {
            char c = s.charAt(j);
            if (c == ' ' || c == '\t' || (stopAtEquals && c == '=') || closesAt(s, j, to, delimiter)
                    || (c == '/' && j > i && closesAt(s, j + 1, to, delimiter))) {
                break;
            }
            j++;
        }
        return j;
    }

    /** Offset after the closing quote, or -1 when the value goes on past the line. */
    private static int quoteEnd(CharSequence s, int i, int to, char quote) {
        for (int j = i; j < to; j++) {
            char c = s.charAt(j);
            if (c == '\\' && quote == '"') {
                j++;
            } else if (c == quote) {
                return j + 1;
            }
        }
        return -1;
    }

    private static int skipSpaces(CharSequence s, int i, int to) {
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
