package io.recapstudio.ui.editor.highlight;

import io.recapstudio.core.shortcode.LexState;
import java.util.List;

/**
 * Styles the inline constructs of a Markdown line: code spans, emphasis, strikethrough, links and images, autolinks,
 * raw HTML and comments, and shortcode calls (also inside code, since Hugo runs them there too). Text without a
 * construct keeps the base style of its block (a heading, a quote).
 */
final class InlineLexer {

    private final LexState[] scEnd = new LexState[1];
    private LineState result;
    /** Where scanning resumes after text that looked like a construct but is plain (set when construct returns i). */
    private int skipTo;

    /**
     * Styles {@code s[from, to)} and returns the state of the next line: BODY, COMMENT (an unclosed HTML comment), or
     * BODY inside an unfinished shortcode call.
     */
    LineState lex(CharSequence s, int from, int to, List<String> base, TokenSink out) {
        result = LineState.BODY;
        scan(s, from, to, base, out);
        return result;
    }

    private void scan(CharSequence s, int from, int to, List<String> base, TokenSink out) {
        int plain = from;
        int i = from;
        while (i < to) {
            skipTo = i + 1;
            int end = construct(s, i, to, base, plain, out);
            if (end > i) {
                plain = end;
                i = end;
            } else {
                i = Math.max(i + 1, skipTo);
            }
            if (result != LineState.BODY) {
                return;
            }
        }
        flush(plain, to, base, out);
    }

    /** Styles a construct at {@code i} (flushing plain text before it) and returns its end, or {@code i}. */
    private int construct(CharSequence s, int i, int to, List<String> base, int plain, TokenSink out) {
        char c = s.charAt(i);
        switch (c) {
            case '\\':
                return skip(i, Math.min(to, i + 2));
            case '{':
                if (ShortcodeTokenizer.opensAt(s, i, to)) {
                    flush(plain, i, base, out);
                    int end = ShortcodeTokenizer.lex(s, i, to, LexState.TEXT, base, out, scEnd);
                    if (scEnd[0] != null) {
                        result = LineState.BODY.withShortcode(scEnd[0]);
                    }
                    return end;
                }
                return i;
            case '`':
                return codeSpan(s, i, to, base, plain, out);
            case '<':
                return angle(s, i, to, base, plain, out);
            case '[', '!':
                return link(s, i, to, base, plain, out);
            case '*', '_':
                return emphasis(s, i, to, base, plain, out);
            case '~':
                return strike(s, i, to, base, plain, out);
            case 'h':
                return bareUrl(s, i, to, base, plain, out);
            default:
                return i;
        }
    }

    /** Plain text up to {@code end}: nothing styled, scanning resumes there. */
    private int skip(int i, int end) {
        skipTo = end;
        return i;
    }

    private static void flush(int from, int to, List<String> base, TokenSink out) {
        if (to > from && !base.isEmpty()) {
            out.add(from, to, base);
        }
    }

    private int codeSpan(CharSequence s, int i, int to, List<String> base, int plain, TokenSink out) {
        int run = run(s, i, to, '`');
        int j = i + run;
        while (j < to) {
            int close = Scan.indexOf(s, '`', j, to);
            if (close < 0) {
                return skip(i, i + run);
            }
            int closeRun = run(s, close, to, '`');
            if (closeRun == run) {
                flush(plain, i, base, out);
                codeWithShortcodes(s, i, close + run, Style.combine(base, Style.CODE_SPAN), out);
                return close + run;
            }
            j = close + closeRun;
        }
        return skip(i, i + run);
    }

    /** Code text with the shortcode calls in it styled as calls. */
    void codeWithShortcodes(CharSequence s, int from, int to, List<String> code, TokenSink out) {
        int plain = from;
        for (int i = from; i < to; i++) {
            if (ShortcodeTokenizer.opensAt(s, i, to)) {
                out.add(plain, i, code);
                int end = ShortcodeTokenizer.lex(s, i, to, LexState.TEXT, code, out, scEnd);
                if (scEnd[0] != null) {
                    result = result.withShortcode(scEnd[0]);
                    return;
                }
                plain = end;
                i = end - 1;
            }
        }
        out.add(plain, to, code);
    }

    LineState lastResultState() {
        return result;
    }

    void resetResult(LineState state) {
        result = state;
    }

    private int angle(CharSequence s, int i, int to, List<String> base, int plain, TokenSink out) {
        if (Scan.startsWith(s, i, to, "<!--")) {
            flush(plain, i, base, out);
            int close = Scan.indexOf(s, "-->", i + 4, to);
            if (close < 0) {
                out.add(i, to, Style.HTML_COMMENT);
                result = LineState.COMMENT;
                return to;
            }
            out.add(i, close + 3, Style.HTML_COMMENT);
            return close + 3;
        }
        int close = Scan.indexOf(s, '>', i + 1, to);
        if (close < 0 || i + 1 >= to) {
            return i;
        }
        char next = s.charAt(i + 1);
        boolean url = Scan.indexOf(s, ':', i + 1, close) > 0 && Scan.indexOf(s, ' ', i + 1, close) < 0;
        boolean tag = Character.isLetter(next) || next == '/';
        if (!url && !tag) {
            return i;
        }
        flush(plain, i, base, out);
        out.add(i, close + 1, Style.combine(base, url ? Style.LINK_URL : Style.HTML_TAG));
        return close + 1;
    }

    private int link(CharSequence s, int i, int to, List<String> base, int plain, TokenSink out) {
        int open = s.charAt(i) == '!' ? i + 1 : i;
        if (open >= to || s.charAt(open) != '[') {
            return i;
        }
        int close = matching(s, open, to, '[', ']');
        if (close < 0) {
            return i;
        }
        int end = close + 1;
        boolean inline = end < to && s.charAt(end) == '(';
        int urlClose = inline ? matching(s, end, to, '(', ')') : -1;
        boolean reference = end < to && s.charAt(end) == '[';
        int refClose = reference ? Scan.indexOf(s, ']', end, to) : -1;
        boolean footnote = open + 1 < close && s.charAt(open + 1) == '^';
        if (urlClose < 0 && refClose < 0 && !footnote && !(end < to && s.charAt(end) == ':')) {
            return i;
        }
        flush(plain, i, base, out);
        List<String> punct = Style.combine(base, Style.LINK_PUNCT);
        out.add(i, open + 1, punct);
        LineState saved = result;
        scan(s, open + 1, close, Style.combine(base, Style.LINK_TEXT), out);
        result = saved;
        out.add(close, close + 1, punct);
        if (urlClose > 0) {
            out.add(end, end + 1, punct);
            out.add(end + 1, urlClose, Style.combine(base, Style.LINK_URL));
            out.add(urlClose, urlClose + 1, punct);
            return urlClose + 1;
        }
        if (refClose > 0) {
            out.add(end, refClose + 1, Style.combine(base, Style.LINK_URL));
            return refClose + 1;
        }
        if (end < to && s.charAt(end) == ':') {
            out.add(end, to, Style.combine(base, Style.LINK_URL));
            return to;
        }
        return end;
    }

    private int emphasis(CharSequence s, int i, int to, List<String> base, int plain, TokenSink out) {
        char c = s.charAt(i);
        int fullRun = run(s, i, to, c);
        int run = Math.min(fullRun, 2);
        if (i + run >= to || s.charAt(i + run) == ' ' || (c == '_' && i > 0 && isWordChar(s.charAt(i - 1)))) {
            return skip(i, i + fullRun);
        }
        int close = findCloser(s, i + run, to, c, run);
        if (close < 0) {
            return skip(i, i + fullRun);
        }
        flush(plain, i, base, out);
        List<String> style = Style.combine(base, run == 2 ? Style.STRONG : Style.EMPHASIS);
        out.add(i, i + run, style);
        LineState saved = result;
        scan(s, i + run, close, style, out);
        result = saved;
        out.add(close, close + run, style);
        return close + run;
    }

    private static int findCloser(CharSequence s, int from, int to, char c, int run) {
        for (int j = from + 1; j + run <= to; j++) {
            if (s.charAt(j) == '`') {
                int close = Scan.indexOf(s, '`', j + 1, to);
                j = close < 0 ? j : close;
                continue;
            }
            if (s.charAt(j) == c && s.charAt(j - 1) != ' ' && s.charAt(j - 1) != '\\') {
                int closeRun = run(s, j, to, c);
                boolean wordAfter = c == '_' && j + closeRun < to && isWordChar(s.charAt(j + closeRun));
                if (closeRun == run && !wordAfter) {
                    return j;
                }
                j += closeRun - 1;
            }
        }
        return -1;
    }

    private int strike(CharSequence s, int i, int to, List<String> base, int plain, TokenSink out) {
        if (run(s, i, to, '~') != 2) {
            return i;
        }
        int close = Scan.indexOf(s, "~~", i + 2, to);
        if (close < 0) {
            return skip(i, i + 2);
        }
        flush(plain, i, base, out);
        List<String> style = Style.combine(base, Style.STRIKE);
        out.add(i, i + 2, style);
        LineState saved = result;
        scan(s, i + 2, close, style, out);
        result = saved;
        out.add(close, close + 2, style);
        return close + 2;
    }

    private int bareUrl(CharSequence s, int i, int to, List<String> base, int plain, TokenSink out) {
        boolean url = Scan.startsWith(s, i, to, "https://") || Scan.startsWith(s, i, to, "http://");
        if (!url || (i > 0 && isWordChar(s.charAt(i - 1)))) {
            return i;
        }
        int end = i;
        while (end < to && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '<') {
            end++;
        }
        while (end > i && ".,;:!?)".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        flush(plain, i, base, out);
        out.add(i, end, Style.combine(base, Style.LINK_URL));
        return end;
    }

    private static int matching(CharSequence s, int open, int to, char opener, char closer) {
        int depth = 0;
        for (int j = open; j < to; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == opener) {
                depth++;
            } else if (c == closer && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    private static int run(CharSequence s, int i, int to, char c) {
        int j = i;
        while (j < to && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
