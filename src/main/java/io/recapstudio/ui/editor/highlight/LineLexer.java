package io.recapstudio.ui.editor.highlight;

import io.recapstudio.core.shortcode.LexState;
import java.util.List;

/**
 * Styles one line of a post given the state the previous lines left, and returns the state for the next line. This
 * is all the highlighter knows about the text: front matter at the start (YAML {@code ---}, TOML {@code +++}, or a
 * JSON object), then Markdown blocks (headings, fences, quotes, lists, tables, rules, comments) with their inline
 * constructs and shortcode calls. Not thread-safe (it reuses buffers); one instance per highlighter.
 */
public final class LineLexer {

    private final InlineLexer inline = new InlineLexer();
    private final LexState[] scEnd = new LexState[1];

    /** Styles {@code line} (without its line break) into {@code out} and returns the next line's start state. */
    public LineState lex(CharSequence line, LineState start, TokenSink out) {
        out.clear();
        int n = line.length();
        if (start.shortcode() != null) {
            return continueShortcode(line, n, start, out);
        }
        return switch (start.block()) {
            case DOC_START -> docStart(line, n, out);
            case YAML -> isFence(line, n, "---") || isFence(line, n, "...") ? delimiter(n, out)
                    : FrontMatterLexer.yaml(line, n, start, out);
            case TOML -> start.quote() == '\0' && isFence(line, n, "+++") ? delimiter(n, out)
                    : FrontMatterLexer.toml(line, n, start, out);
            case JSON -> FrontMatterLexer.json(line, n, start.number(), out);
            case FENCE -> fenceLine(line, n, start, out);
            case COMMENT -> commentLine(line, n, out);
            case BODY -> body(line, n, out);
        };
    }

    private LineState continueShortcode(CharSequence s, int n, LineState start, TokenSink out) {
        List<String> base = start.block() == LineState.Block.FENCE ? Style.CODE_BLOCK.classes() : List.of();
        int end = ShortcodeTokenizer.lex(s, 0, n, start.shortcode(), base, out, scEnd);
        if (scEnd[0] != null) {
            return start.withShortcode(scEnd[0]);
        }
        LineState after = start.withoutShortcode();
        if (after.block() == LineState.Block.FENCE) {
            inline.resetResult(after);
            inline.codeWithShortcodes(s, end, n, base, out);
            return inline.lastResultState();
        }
        return inline.lex(s, end, n, List.of(), out);
    }

    private LineState docStart(CharSequence s, int n, TokenSink out) {
        int from = n > 0 && s.charAt(0) == '\uFEFF' ? 1 : 0;
        CharSequence line = from == 0 ? s : s.subSequence(from, n);
        int len = n - from;
        if (Scan.isBlank(line, len)) {
            return LineState.DOC_START;
        }
        if (isFence(line, len, "---")) {
            out.add(from, n, Style.FM_DELIMITER);
            return LineState.YAML;
        }
        if (isFence(line, len, "+++")) {
            out.add(from, n, Style.FM_DELIMITER);
            return LineState.TOML;
        }
        int first = Scan.indent(line, len);
        if (line.charAt(first) == '{' && from == 0 && !ShortcodeTokenizer.opensAt(line, first, len)) {
            return FrontMatterLexer.json(s, n, 0, out);
        }
        return body(s, n, out);
    }

    private static boolean isFence(CharSequence s, int n, String fence) {
        return Scan.startsWith(s, 0, n, fence) && Scan.isBlank(s.subSequence(3, n), n - 3);
    }

    private static LineState delimiter(int n, TokenSink out) {
        out.add(0, n, Style.FM_DELIMITER);
        return LineState.BODY;
    }

    private LineState fenceLine(CharSequence s, int n, LineState state, TokenSink out) {
        int indent = Scan.indent(s, n);
        int run = 0;
        while (indent + run < n && s.charAt(indent + run) == state.fenceChar()) {
            run++;
        }
        if (run >= state.number() && Scan.isBlank(s.subSequence(indent + run, n), n - indent - run)) {
            out.add(indent, n, Style.FENCE_MARKER);
            return LineState.BODY;
        }
        inline.resetResult(state);
        inline.codeWithShortcodes(s, 0, n, Style.CODE_BLOCK.classes(), out);
        return inline.lastResultState();
    }

    private LineState commentLine(CharSequence s, int n, TokenSink out) {
        int close = Scan.indexOf(s, "-->", 0, n);
        if (close < 0) {
            out.add(0, n, Style.HTML_COMMENT);
            return LineState.COMMENT;
        }
        out.add(0, close + 3, Style.HTML_COMMENT);
        return inline.lex(s, close + 3, n, List.of(), out);
    }

    private LineState body(CharSequence s, int n, TokenSink out) {
        int indent = Scan.indent(s, n);
        if (indent == n) {
            return LineState.BODY;
        }
        LineState fence = fenceOpen(s, n, indent, out);
        if (fence != null) {
            return fence;
        }
        if (Scan.indentWidth(s, n) <= 3) {
            LineState block = leafBlock(s, n, indent, out);
            if (block != null) {
                return block;
            }
        }
        int afterMarker = listMarkerEnd(s, n, indent);
        if (afterMarker > indent) {
            out.add(indent, afterMarker, Style.LIST_MARKER);
            int task = Scan.skipSpaces(s, afterMarker, n);
            if (task + 2 < n && s.charAt(task) == '[' && s.charAt(task + 2) == ']'
                    && " xX".indexOf(s.charAt(task + 1)) >= 0) {
                out.add(task, task + 3, Style.TASK_MARKER);
                return inline.lex(s, task + 3, n, List.of(), out);
            }
            return inline.lex(s, afterMarker, n, List.of(), out);
        }
        return inline.lex(s, indent, n, List.of(), out);
    }

    /** A fence opening at {@code indent}: styles it and returns the fence state, else null. */
    private static LineState fenceOpen(CharSequence s, int n, int indent, TokenSink out) {
        char c = s.charAt(indent);
        if (c != '`' && c != '~') {
            return null;
        }
        int run = 0;
        while (indent + run < n && s.charAt(indent + run) == c) {
            run++;
        }
        if (run < 3 || (c == '`' && Scan.indexOf(s, '`', indent + run, n) >= 0)) {
            return null;
        }
        out.add(indent, indent + run, Style.FENCE_MARKER);
        out.add(indent + run, n, Style.FENCE_INFO);
        return LineState.fence(c, run);
    }

    /** Headings, rules, setext underlines, quotes and table rows; null when the line is none of them. */
    private LineState leafBlock(CharSequence s, int n, int indent, TokenSink out) {
        char c = s.charAt(indent);
        if (c == '#') {
            int level = 0;
            while (indent + level < n && s.charAt(indent + level) == '#') {
                level++;
            }
            if (level <= 6 && (indent + level == n || s.charAt(indent + level) == ' ')) {
                out.add(indent, indent + level, Style.HEADING_MARKER);
                Style heading = Style.values()[Style.HEADING_1.ordinal() + level - 1];
                return inline.lex(s, indent + level, n, heading.classes(), out);
            }
        }
        if ((c == '-' || c == '*' || c == '_' || c == '=') && isRule(s, n, indent, c)) {
            out.add(indent, n, Style.RULE);
            return LineState.BODY;
        }
        if (c == '>') {
            int i = indent;
            while (i < n && (s.charAt(i) == '>' || s.charAt(i) == ' ')) {
                i++;
            }
            out.add(indent, i, Style.QUOTE_MARKER);
            return inline.lex(s, i, n, Style.QUOTE.classes(), out);
        }
        if (c == '|' || (c == ':' && Scan.indexOf(s, '|', indent, n) > 0)) {
            return tableRow(s, n, indent, out);
        }
        return null;
    }

    private static boolean isRule(CharSequence s, int n, int indent, char c) {
        int count = 0;
        for (int i = indent; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == c) {
                count++;
            } else if (ch != ' ' && ch != '\t' || c == '=') {
                return false;
            }
        }
        return c == '=' ? count >= 1 : count >= 3;
    }

    private LineState tableRow(CharSequence s, int n, int indent, TokenSink out) {
        if (isDelimiterRow(s, n, indent)) {
            out.add(indent, n, Style.TABLE_DELIMITER);
            return LineState.BODY;
        }
        int cell = indent;
        for (int i = indent; i <= n; i++) {
            boolean pipe = i < n && s.charAt(i) == '|' && (i == 0 || s.charAt(i - 1) != '\\');
            if (i == n || pipe) {
                LineState state = inline.lex(s, cell, i, List.of(), out);
                if (state != LineState.BODY) {
                    return state;
                }
                if (pipe) {
                    out.add(i, i + 1, Style.TABLE_PIPE);
                }
                cell = i + 1;
            } else if (s.charAt(i) == '`') {
                int close = Scan.indexOf(s, '`', i + 1, n);
                i = close < 0 ? i : close;
            }
        }
        return LineState.BODY;
    }

    private static boolean isDelimiterRow(CharSequence s, int n, int indent) {
        boolean dash = false;
        for (int i = indent; i < n; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash;
    }

    /** End of a list marker and the space after it ({@code - }, {@code * }, {@code + }, {@code 1. }, {@code 1) }). */
    static int listMarkerEnd(CharSequence s, int n, int indent) {
        int i = indent;
        char c = s.charAt(i);
        if (c == '-' || c == '*' || c == '+') {
            i++;
        } else {
            while (i < n && i - indent < 9 && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == indent || i >= n || (s.charAt(i) != '.' && s.charAt(i) != ')')) {
                return indent;
            }
            i++;
        }
        if (i == n) {
            return i;
        }
        return s.charAt(i) == ' ' || s.charAt(i) == '\t' ? i + 1 : indent;
    }
}
