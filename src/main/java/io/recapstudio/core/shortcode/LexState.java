package io.recapstudio.core.shortcode;

/**
 * Where the lexer stands between two characters: in text, inside a call's tag, inside a raw value, or inside an
 * escaped example. The syntax highlighter keeps the state at the end of each line and starts the next line with it,
 * so calls that span lines are coloured correctly.
 *
 * @param mode      the kind of place
 * @param delimiter the delimiter of the call being read (null in {@link Mode#TEXT})
 * @param phase     what the tag expects next (only in {@link Mode#TAG}; {@link Phase#NONE} otherwise)
 */
public record LexState(Mode mode, Delimiter delimiter, Phase phase) {

    /** Outside any call: the state at the start of a text. */
    public static final LexState TEXT = new LexState(Mode.TEXT, null, Phase.NONE);

    /** The kind of place the lexer stands in. */
    public enum Mode {
        /** Markdown text. */
        TEXT,
        /** Inside a call's tag, between its delimiters. */
        TAG,
        /** Inside a {@code `raw`} value that has not reached its closing backtick. */
        RAW_VALUE,
        /** Inside an escaped example <code>{{&lt;/&#42; … &#42;/&gt;}}</code> that has not reached its end. */
        ESCAPED
    }

    /** What a tag expects next. */
    public enum Phase {
        /** Not in a tag. */
        NONE,
        /** Just after the opening delimiter: a name or the slash of a closing tag. */
        START,
        /** After a closing slash: the name. */
        CLOSING_NAME,
        /** After the name: arguments, a self-closing slash or the closing delimiter. */
        ARGUMENTS,
        /** After {@code =}: the value. */
        VALUE,
        /** After a closing tag's name or a self-closing slash: only the closing delimiter. */
        END
    }

    public LexState {
        if (mode == null || phase == null) {
            throw new IllegalArgumentException("mode and phase are required");
        }
        if ((mode == Mode.TEXT) != (delimiter == null)) {
            throw new IllegalArgumentException("a delimiter is required exactly when inside a call");
        }
        if ((mode == Mode.TAG) == (phase == Phase.NONE)) {
            throw new IllegalArgumentException("a phase is required exactly inside a tag");
        }
    }

    static LexState tag(Delimiter delimiter, Phase phase) {
        return new LexState(Mode.TAG, delimiter, phase);
    }

    /** True when the text so far ends inside an unfinished call (or escaped example), i.e. not in plain text. */
    public boolean insideCall() {
        return mode != Mode.TEXT;
    }
}
