package io.recapstudio.ui.editor.highlight;

import io.recapstudio.core.shortcode.LexState;
import io.recapstudio.core.shortcode.ShortcodeLexer;
import io.recapstudio.core.shortcode.ShortcodeToken;
import java.util.List;

/**
 * Styles shortcode calls inside a line with the core {@link ShortcodeLexer}: delimiters, name, argument names and
 * values, escaped examples and what Hugo could not read. A call may span lines: the lexer's state at the end of the
 * line is carried to the next one.
 */
final class ShortcodeTokenizer {

    private ShortcodeTokenizer() {
    }

    /** True when a call (or an escaped example) opens at {@code i}: {@code {{<} or {@code {{%}. */
    static boolean opensAt(CharSequence s, int i, int to) {
        return i + 2 < to && s.charAt(i) == '{' && s.charAt(i + 1) == '{'
                && (s.charAt(i + 2) == '<' || s.charAt(i + 2) == '%');
    }

    /**
     * Styles one call from {@code from} up to its end or the end of the line.
     *
     * @param state    {@link LexState#TEXT} when a call opens at {@code from}; otherwise the state the previous line
     *                 left
     * @param endState receives the state at the end of the line when the call is unfinished, else null
     * @return the offset after the call (or {@code to} when it continues on the next line)
     */
    static int lex(CharSequence s, int from, int to, LexState state, List<String> base, TokenSink out,
                   LexState[] endState) {
        endState[0] = null;
        ShortcodeLexer lexer = new ShortcodeLexer(s, from, to, state);
        boolean first = true;
        while (lexer.hasNext()) {
            ShortcodeToken token = lexer.next();
            ShortcodeToken.Kind kind = token.kind();
            boolean startsAnother = kind == ShortcodeToken.Kind.OPEN_DELIMITER && !first;
            if (kind == ShortcodeToken.Kind.TEXT || startsAnother) {
                return token.range().start();
            }
            Style style = styleOf(kind);
            if (style != null) {
                out.add(token.range().start(), token.range().end(), Style.combine(base, style));
            } else if (!base.isEmpty()) {
                out.add(token.range().start(), token.range().end(), base);
            }
            first = false;
            if (!lexer.state().insideCall()) {
                return token.range().end();
            }
        }
        endState[0] = lexer.state();
        return to;
    }

    private static Style styleOf(ShortcodeToken.Kind kind) {
        return switch (kind) {
            case OPEN_DELIMITER, CLOSE_DELIMITER, CLOSING_SLASH, SELF_CLOSING_SLASH -> Style.SC_DELIMITER;
            case NAME -> Style.SC_NAME;
            case ARGUMENT_NAME -> Style.SC_ARG_NAME;
            case EQUALS -> Style.SC_PUNCT;
            case VALUE_BARE, VALUE_QUOTED, VALUE_RAW -> Style.SC_ARG_VALUE;
            case ESCAPED -> Style.SC_ESCAPED;
            case ERROR -> Style.SC_ERROR;
            case WHITESPACE, TEXT -> null;
        };
    }
}
