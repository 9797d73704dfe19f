package io.recapstudio.core.shortcode;

import io.recapstudio.core.text.TextRange;

/**
 * One token of shortcode syntax. The tokens of a lexed range cover it completely and in order, so concatenating
 * their text gives the range back.
 *
 * @param kind  what the token is
 * @param range where it is in the text
 */
public record ShortcodeToken(Kind kind, TextRange range) {

    /** Token kinds, named for the syntax highlighter. */
    public enum Kind {
        /** Text outside any call (Markdown). */
        TEXT,
        /**
         * An escaped example such as <code>{{&lt;/&#42; name &#42;/&gt;}}</code>: literal text that Hugo prints
         * without the comment marks.
         */
        ESCAPED,
        /** {@code {{<} or {@code {{%}. */
        OPEN_DELIMITER,
        /** {@code >}}} or {@code %}}} matching the opening delimiter. */
        CLOSE_DELIMITER,
        /** The {@code /} of a closing tag, {@code {{< /name >}}}. */
        CLOSING_SLASH,
        /** The {@code /} of a self-closing call, {@code {{< name />}}}. */
        SELF_CLOSING_SLASH,
        /** The shortcode's name; may contain {@code /} ({@code blocks/cover}). */
        NAME,
        /** The name of a named argument, before {@code =}. */
        ARGUMENT_NAME,
        /** {@code =} between an argument's name and value. */
        EQUALS,
        /** An unquoted value. */
        VALUE_BARE,
        /** A {@code "double-quoted"} value, quotes included (also the rare {@code \"escaped\"} form). */
        VALUE_QUOTED,
        /** A {@code `raw`} value, backticks included; may span lines. */
        VALUE_RAW,
        /** Spaces, tabs and line breaks inside a call. */
        WHITESPACE,
        /**
         * Text Hugo cannot read at this place: an unexpected character run, a quoted value with no closing quote
         * (reaching the line end), or the wrong closing delimiter ({@code %}}} after {@code {{<}, which also ends
         * the call).
         */
        ERROR;

        /** True for the kinds that belong to a call (everything but {@link #TEXT} and {@link #ESCAPED}). */
        public boolean isCallSyntax() {
            return this != TEXT && this != ESCAPED;
        }

        /** True for values of any quoting. */
        public boolean isValue() {
            return this == VALUE_BARE || this == VALUE_QUOTED || this == VALUE_RAW;
        }
    }

    public ShortcodeToken {
        if (kind == null || range == null) {
            throw new IllegalArgumentException("kind and range are required");
        }
    }

    public int start() {
        return range.start();
    }

    public int end() {
        return range.end();
    }

    /** The token's text in {@code text}. */
    public String text(CharSequence text) {
        return range.of(text);
    }
}
