package io.recapstudio.core.shortcode;

import io.recapstudio.core.shortcode.LexState.Mode;
import io.recapstudio.core.shortcode.LexState.Phase;
import io.recapstudio.core.shortcode.ShortcodeToken.Kind;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Splits text into shortcode tokens, over any range of a text and from any {@link LexState}, so the editor's
 * highlighter can lex one line at a time and carry the state to the next line.
 *
 * <p>The lexer never throws on input: text Hugo would reject becomes {@link Kind#ERROR} tokens. It reads no
 * character outside {@code [from, to)}, and its look-ahead never crosses a line break, so lexing a text line by line
 * (carrying the state) gives every character the same token kind as lexing it whole. Ranges should therefore end at
 * line ends; a range cut inside a line is still tokenised completely, but a quoted value cut in two reads as
 * unterminated.
 */
public final class ShortcodeLexer {

    private final CharSequence text;
    private final int limit;
    private int pos;
    private LexState state;

    /**
     * A lexer over {@code text[from, to)} starting in {@code start} (use {@link LexState#TEXT} at the start of a
     * document).
     */
    public ShortcodeLexer(CharSequence text, int from, int to, LexState start) {
        if (from < 0 || to < from || to > text.length()) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") outside a text of " + text.length());
        }
        this.text = text;
        this.limit = to;
        this.pos = from;
        this.state = start == null ? LexState.TEXT : start;
    }

    /** All tokens of {@code text[from, to)} and the state at {@code to}. */
    public static Result lex(CharSequence text, int from, int to, LexState start) {
        ShortcodeLexer lexer = new ShortcodeLexer(text, from, to, start);
        List<ShortcodeToken> tokens = new ArrayList<>();
        while (lexer.hasNext()) {
            tokens.add(lexer.next());
        }
        return new Result(tokens, lexer.state());
    }

    /** All tokens of a whole text. */
    public static Result lex(CharSequence text) {
        return lex(text, 0, text.length(), LexState.TEXT);
    }

    /** True while some of the range is not yet tokenised. */
    public boolean hasNext() {
        return pos < limit;
    }

    /** The state after the last token returned. */
    public LexState state() {
        return state;
    }

    /** The offset where the next token starts. */
    public int position() {
        return pos;
    }

    /** Continues from another place and state (the parser's recovery after an unterminated construct). */
    void reset(int position, LexState newState) {
        if (position < 0 || position > limit) {
            throw new IllegalArgumentException("position " + position + " outside the range");
        }
        pos = position;
        state = newState;
    }

    /** The next token; never empty. */
    public ShortcodeToken next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no token after offset " + pos);
        }
        return switch (state.mode()) {
            case TEXT -> lexText();
            case ESCAPED -> lexEscaped(pos, state.delimiter(), pos);
            case RAW_VALUE -> lexRaw(pos);
            case TAG -> lexTag();
        };
    }

    private ShortcodeToken lexText() {
        int found = findOpening(pos);
        if (found < 0) {
            return emit(Kind.TEXT, limit);
        }
        if (found > pos) {
            return emit(Kind.TEXT, found);
        }
        Delimiter delimiter = Delimiter.openingAt(text, pos, limit);
        if (pos + 5 <= limit && text.charAt(pos + 3) == '/' && text.charAt(pos + 4) == '*') {
            return lexEscaped(pos, delimiter, pos + 5);
        }
        state = LexState.tag(delimiter, Phase.START);
        return emit(Kind.OPEN_DELIMITER, pos + 3);
    }

    private int findOpening(int from) {
        for (int i = from; i + 3 <= limit; i++) {
            if (text.charAt(i) == '{' && Delimiter.openingAt(text, i, limit) != null) {
                return i;
            }
        }
        return -1;
    }

    /** An escaped example, ended by <code>&#42;/&gt;}}</code> (or <code>&#42;/%}}</code>); may run past the range. */
    private ShortcodeToken lexEscaped(int start, Delimiter delimiter, int searchFrom) {
        assert start == pos;
        String terminator = "*/" + delimiter.close();
        int found = indexOf(terminator, searchFrom);
        if (found < 0) {
            state = new LexState(Mode.ESCAPED, delimiter, Phase.NONE);
            return emit(Kind.ESCAPED, limit);
        }
        state = LexState.TEXT;
        return emit(Kind.ESCAPED, found + terminator.length());
    }

    private int indexOf(String needle, int from) {
        outer:
        for (int i = from; i + needle.length() <= limit; i++) {
            for (int j = 0; j < needle.length(); j++) {
                if (text.charAt(i + j) != needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private ShortcodeToken lexTag() {
        if (Delimiter.openingAt(text, pos, limit) != null) {
            // A new call starts before this one was closed: give up on this one (the parser reports it).
            state = LexState.TEXT;
            return lexText();
        }
        Delimiter close = Delimiter.closingAt(text, pos, limit);
        if (close != null) {
            Kind kind = close == state.delimiter() ? Kind.CLOSE_DELIMITER : Kind.ERROR;
            state = LexState.TEXT;
            return emit(kind, pos + 3);
        }
        char c = text.charAt(pos);
        if (isTagSpace(c)) {
            int end = pos;
            while (end < limit && isTagSpace(text.charAt(end))) {
                end++;
            }
            return emit(Kind.WHITESPACE, end);
        }
        return switch (state.phase()) {
            case START -> c == '/'
                    ? emitThen(Kind.CLOSING_SLASH, pos + 1, Phase.CLOSING_NAME) : lexName(Phase.ARGUMENTS);
            case CLOSING_NAME -> lexName(Phase.END);
            case ARGUMENTS -> lexArgument(c);
            case VALUE -> lexValue(c);
            case END, NONE -> emit(Kind.ERROR, errorRunEnd(pos));
        };
    }

    private ShortcodeToken lexName(Phase after) {
        if (!isNameStart(text.charAt(pos))) {
            return emit(Kind.ERROR, errorRunEnd(pos));
        }
        int end = pos + 1;
        while (end < limit && isNameChar(text.charAt(end))) {
            end++;
        }
        end = withoutSlashBeforeClose(pos, end);
        return emitThen(Kind.NAME, end, after);
    }

    private ShortcodeToken lexArgument(char c) {
        if (c == '=') {
            return emitThen(Kind.EQUALS, pos + 1, Phase.VALUE);
        }
        if (c == '/') {
            return emitThen(Kind.SELF_CLOSING_SLASH, pos + 1, Phase.END);
        }
        if (startsQuoted(pos)) {
            return lexQuoted();
        }
        if (c == '`') {
            return lexRaw(pos);
        }
        int end = wordEnd(pos, false);
        return emitThen(followedByEquals(end) ? Kind.ARGUMENT_NAME : Kind.VALUE_BARE, end, Phase.ARGUMENTS);
    }

    private ShortcodeToken lexValue(char c) {
        if (startsQuoted(pos)) {
            return lexQuoted();
        }
        if (c == '`') {
            return lexRaw(pos);
        }
        return emitThen(Kind.VALUE_BARE, wordEnd(pos, true), Phase.ARGUMENTS);
    }

    /**
     * A double-quoted value: {@code \"} inside is an escaped quote (as in Hugo), a line break ends it as an
     * error. An unterminated value stops before a delimiter on its line so that the call still closes.
     */
    private ShortcodeToken lexQuoted() {
        boolean escapedStart = text.charAt(pos) == '\\';
        int i = pos + (escapedStart ? 2 : 1);
        while (i < limit) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < limit && text.charAt(i + 1) == '"') {
                if (escapedStart) {
                    return emitThen(Kind.VALUE_QUOTED, i + 2, Phase.ARGUMENTS);
                }
                i += 2;
            } else if (ch == '"') {
                return emitThen(Kind.VALUE_QUOTED, i + 1, Phase.ARGUMENTS);
            } else if (ch == '\n' || ch == '\r') {
                break;
            } else {
                i++;
            }
        }
        int stop = pos + 1;
        while (stop < i && Delimiter.closingAt(text, stop, limit) == null
                && Delimiter.openingAt(text, stop, limit) == null) {
            stop++;
        }
        return emitThen(Kind.ERROR, stop, Phase.ARGUMENTS);
    }

    /** A raw value from {@code start} (its opening backtick, or a continuation line) to its closing backtick. */
    private ShortcodeToken lexRaw(int start) {
        boolean opening = state.mode() == Mode.TAG;
        int found = -1;
        for (int i = opening ? start + 1 : start; i < limit; i++) {
            if (text.charAt(i) == '`') {
                found = i;
                break;
            }
        }
        Delimiter delimiter = state.delimiter();
        if (found < 0) {
            state = new LexState(Mode.RAW_VALUE, delimiter, Phase.NONE);
            return emit(Kind.VALUE_RAW, limit);
        }
        state = LexState.tag(delimiter, Phase.ARGUMENTS);
        return emit(Kind.VALUE_RAW, found + 1);
    }

    private boolean startsQuoted(int at) {
        char c = text.charAt(at);
        return c == '"' || (c == '\\' && at + 1 < limit && text.charAt(at + 1) == '"');
    }

    /**
     * End of a bare word: up to whitespace or a delimiter; in argument position also up to a quote, backtick or
     * {@code =}. A trailing {@code /} right before {@code >}}} is left for the self-closing slash.
     */
    private int wordEnd(int from, boolean value) {
        int i = from;
        while (i < limit) {
            char ch = text.charAt(i);
            if (isTagSpace(ch) || Delimiter.openingAt(text, i, limit) != null
                    || Delimiter.closingAt(text, i, limit) != null
                    || (!value && (ch == '"' || ch == '`' || ch == '='))) {
                break;
            }
            i++;
        }
        return withoutSlashBeforeClose(from, Math.max(i, from + 1));
    }

    private int withoutSlashBeforeClose(int from, int end) {
        if (end - 1 > from && text.charAt(end - 1) == '/' && Delimiter.closingAt(text, end, limit) != null) {
            return end - 1;
        }
        return end;
    }

    private boolean followedByEquals(int from) {
        int i = from;
        while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < limit && text.charAt(i) == '=';
    }

    private int errorRunEnd(int from) {
        int i = from + 1;
        while (i < limit && !isTagSpace(text.charAt(i)) && Delimiter.openingAt(text, i, limit) == null
                && Delimiter.closingAt(text, i, limit) == null) {
            i++;
        }
        return i;
    }

    private ShortcodeToken emitThen(Kind kind, int end, Phase next) {
        state = LexState.tag(state.delimiter(), next);
        return emit(kind, end);
    }

    private ShortcodeToken emit(Kind kind, int end) {
        ShortcodeToken token = new ShortcodeToken(kind, new TextRange(pos, end));
        pos = end;
        return token;
    }

    static boolean isTagSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static boolean isNameStart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || c == '-' || c == '/' || c == '.';
    }

    /**
     * The tokens of a range and the state at its end.
     *
     * @param tokens   the tokens, covering the range in order
     * @param endState the state at the end of the range; pass it as the start state of the next range
     */
    public record Result(List<ShortcodeToken> tokens, LexState endState) {
        public Result {
            tokens = List.copyOf(tokens);
        }

        /** True when the range ends inside an unfinished call, raw value or escaped example. */
        public boolean endsInsideCall() {
            return endState.insideCall();
        }
    }
}
