package io.recapstudio.core.shortcode;

import io.recapstudio.core.shortcode.LexState.Mode;
import io.recapstudio.core.shortcode.LexState.Phase;
import io.recapstudio.core.shortcode.ShortcodeToken.Kind;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Groups the lexer's tokens into tags and escaped examples, and reports the syntax errors inside tags
 * ({@code shortcode-malformed}, {@code shortcode-mixed-args}). Recovers from every error and goes on.
 */
final class TagReader {

    static final String MALFORMED = RuleId.SHORTCODE_MALFORMED.id();
    static final String MIXED_ARGS = RuleId.SHORTCODE_MIXED_ARGS.id();

    private final String text;
    private final LineIndex lines;
    private final ShortcodeLexer lexer;
    private final List<Tag> tags = new ArrayList<>();
    private final List<TextRange> escapes = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private TagBuilder current;

    TagReader(String text, int from, int to, LineIndex lines) {
        this.text = text;
        this.lines = lines;
        this.lexer = new ShortcodeLexer(text, from, to, LexState.TEXT);
    }

    void read() {
        while (lexer.hasNext()) {
            ShortcodeToken token = lexer.next();
            if (!lexer.hasNext() && lexer.state().mode() != Mode.TEXT && recoverFromUnterminated(token)) {
                continue;
            }
            accept(token);
        }
        if (current != null) {
            finishUnterminated();
        }
    }

    List<Tag> tags() {
        return tags;
    }

    List<TextRange> escapes() {
        return escapes;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** A raw value or escaped example running to the end of the text: report it and read on after its start. */
    private boolean recoverFromUnterminated(ShortcodeToken token) {
        LexState state = lexer.state();
        if (state.mode() == Mode.RAW_VALUE && token.kind() == Kind.VALUE_RAW && current != null) {
            error(TextRange.of(token.start(), token.start() + 1), MALFORMED, "This raw value has no closing "
                    + "backtick, so the call never ends: add ` after the value");
            current.malformed = true;
            lexer.reset(token.start() + 1, LexState.tag(state.delimiter(), Phase.ARGUMENTS));
            return true;
        }
        if (state.mode() == Mode.ESCAPED && token.kind() == Kind.ESCAPED) {
            if (current != null) {
                finishUnterminated();
            }
            String close = state.delimiter().close();
            error(TextRange.of(token.start(), token.start() + 5), MALFORMED, "The escaped example "
                    + state.delimiter().open() + "/* is never closed: end it with */" + close
                    + " (Hugo fails with \"comment must be closed\")");
            lexer.reset(token.start() + 5, LexState.TEXT);
            return true;
        }
        return false;
    }

    private void accept(ShortcodeToken token) {
        switch (token.kind()) {
            case TEXT -> { }
            case ESCAPED -> {
                if (current != null) {
                    finishUnterminated();
                }
                escapes.add(token.range());
            }
            case OPEN_DELIMITER -> {
                if (current != null) {
                    finishUnterminated();
                }
                current = new TagBuilder(token, Delimiter.openingAt(text, token.start(), token.end()));
            }
            default -> acceptInTag(token);
        }
    }

    private void acceptInTag(ShortcodeToken token) {
        TagBuilder tag = current;
        if (followsSpacedEscape(tag, token)) {
            return;
        }
        checkGlued(tag, token);
        switch (token.kind()) {
            case WHITESPACE -> { }
            case CLOSING_SLASH -> tag.closing = true;
            case NAME -> {
                tag.name = token.text(text);
                tag.nameRange = token.range();
            }
            case ARGUMENT_NAME -> {
                tag.flushPending();
                tag.pendingName = token;
            }
            case EQUALS -> acceptEquals(tag, token);
            case VALUE_BARE, VALUE_QUOTED, VALUE_RAW -> acceptValue(tag, token);
            case SELF_CLOSING_SLASH -> acceptSelfClosingSlash(tag, token);
            case ERROR -> acceptError(tag, token);
            case CLOSE_DELIMITER -> finish(tag, token.end());
            default -> throw new IllegalStateException("token " + token.kind() + " inside a tag");
        }
        if (token.kind() != Kind.WHITESPACE) {
            tag.last = token;
        }
    }

    /**
     * <code>{{&lt; /&#42; name &#42;/ &gt;}}</code>: an escaped example written with spaces, which Hugo reads as a
     * broken closing tag. Its tokens are skipped and it is reported once, with the form that works.
     */
    private boolean followsSpacedEscape(TagBuilder tag, ShortcodeToken token) {
        if (tag.abandoned) {
            tag.last = token.kind() == Kind.WHITESPACE ? tag.last : token;
            if (token.kind() == Kind.CLOSE_DELIMITER || token.kind() == Kind.ERROR && isDelimiter(token)) {
                reportSpacedEscape(tag, token.end());
            }
            return true;
        }
        if (token.kind() == Kind.ERROR && tag.closing && tag.name == null && tag.last != null
                && tag.last.end() == token.start() && token.text(text).startsWith("*")) {
            tag.abandoned = true;
            tag.last = token;
            return true;
        }
        return false;
    }

    private void reportSpacedEscape(TagBuilder tag, int end) {
        current = null;
        Delimiter d = tag.delimiter;
        String written = text.substring(tag.open.start(), end);
        int open = written.indexOf("/*");
        int close = written.lastIndexOf("*/");
        String content = open >= 0 && close >= open + 2 ? written.substring(open + 2, close) : " … ";
        error(TextRange.of(tag.open.start(), end), MALFORMED, "Hugo fails on this call: to show a shortcode as "
                + "literal text, write the escaped form without spaces: " + d.open() + "/*" + content + "*/"
                + d.close());
    }

    private boolean isDelimiter(ShortcodeToken token) {
        return token.range().length() == 3 && Delimiter.closingAt(text, token.start(), token.end()) != null;
    }

    /** Hugo reads {@code id=abc>}}} as the value {@code abc>}}} and {@code {{< name/>}}} as the name {@code name/}. */
    private void checkGlued(TagBuilder tag, ShortcodeToken token) {
        ShortcodeToken last = tag.last;
        boolean ender = token.kind() == Kind.CLOSE_DELIMITER || token.kind() == Kind.SELF_CLOSING_SLASH;
        if (last == null || !ender || last.end() != token.start()) {
            return;
        }
        if (last.kind() == Kind.VALUE_BARE && tag.lastValueNamed) {
            error(token.range(), MALFORMED, "Hugo reads '" + token.text(text) + "' as part of the value '"
                    + last.text(text) + "', so this call never ends: put a space before '" + token.text(text) + "'");
            tag.malformed = true;
        } else if (last.kind() == Kind.NAME && token.kind() == Kind.SELF_CLOSING_SLASH) {
            error(token.range(), MALFORMED, "Hugo reads '" + last.text(text) + "/' as the shortcode name: put a "
                    + "space before '/'");
            tag.malformed = true;
        }
    }

    private void acceptEquals(TagBuilder tag, ShortcodeToken token) {
        if (tag.pendingName == null) {
            error(token.range(), MALFORMED, "'=' without an argument name: write name=value");
            tag.malformed = true;
        }
        tag.pendingEquals = token;
    }

    private void acceptValue(TagBuilder tag, ShortcodeToken token) {
        String written = token.text(text);
        QuoteStyle quote = switch (token.kind()) {
            case VALUE_QUOTED -> QuoteStyle.DOUBLE;
            case VALUE_RAW -> QuoteStyle.RAW;
            default -> QuoteStyle.BARE;
        };
        String value = ValueSyntax.unescape(written, quote);
        if (tag.pendingName != null && tag.pendingEquals != null) {
            ShortcodeToken name = tag.pendingName;
            checkArgumentName(tag, name);
            tag.arguments.add(new Argument(Optional.of(name.text(text)), value, quote,
                    TextRange.of(name.start(), token.end()), Optional.of(name.range()), token.range()));
            tag.lastValueNamed = true;
        } else {
            tag.flushPending();
            if (quote == QuoteStyle.BARE && !ValueSyntax.isBarePositional(value)) {
                error(token.range(), MALFORMED, "Hugo reads unquoted values only when they hold letters, digits, "
                        + "'-', '_' and '.': quote it as \"" + value.replace("\"", "\\\"") + "\"");
                tag.malformed = true;
            }
            tag.arguments.add(new Argument(Optional.empty(), value, quote, token.range(), Optional.empty(),
                    token.range()));
            tag.lastValueNamed = false;
        }
        tag.pendingName = null;
        tag.pendingEquals = null;
    }

    private void checkArgumentName(TagBuilder tag, ShortcodeToken name) {
        if (!ValueSyntax.isArgumentName(name.text(text))) {
            error(name.range(), MALFORMED, "Argument name '" + name.text(text) + "' may hold only letters, digits, "
                    + "'-', '_' and '.': rename it");
            tag.malformed = true;
        }
    }

    private void acceptSelfClosingSlash(TagBuilder tag, ShortcodeToken token) {
        tag.flushPending();
        if (tag.closing) {
            error(token.range(), MALFORMED, "A closing tag cannot also be self-closing: remove this '/'");
            tag.malformed = true;
        }
        tag.selfClosing = true;
    }

    private void acceptError(TagBuilder tag, ShortcodeToken token) {
        String bad = token.text(text);
        tag.malformed = true;
        if (Delimiter.closingAt(bad, 0, bad.length()) != null && bad.length() == 3) {
            Delimiter d = tag.delimiter;
            error(token.range(), MALFORMED, "This call opens with " + d.open() + " but closes with " + bad
                    + ": close it with " + d.close());
            finish(tag, token.end());
        } else if (bad.startsWith("\"") || bad.startsWith("\\\"")) {
            error(token.range(), MALFORMED, "This quoted value has no closing quote on its line (Hugo does not "
                    + "allow a line break inside quotes): add \" at the end of the value");
            keepUnterminatedValue(tag, token);
        } else {
            error(token.range(), MALFORMED, unexpectedMessage(tag, bad));
        }
    }

    /** Keeps what an unterminated quoted value holds, so the call still shows its argument. */
    private void keepUnterminatedValue(TagBuilder tag, ShortcodeToken token) {
        String written = token.text(text);
        String value = written.substring(written.startsWith("\\") ? 2 : 1).stripTrailing();
        ShortcodeToken name = tag.pendingEquals != null ? tag.pendingName : null;
        tag.pendingName = null;
        tag.pendingEquals = null;
        tag.arguments.add(new Argument(Optional.ofNullable(name).map(n -> n.text(text)), value, QuoteStyle.DOUBLE,
                TextRange.of(name == null ? token.start() : name.start(), token.end()),
                Optional.ofNullable(name).map(ShortcodeToken::range), token.range()));
        tag.lastValueNamed = name != null;
    }

    private String unexpectedMessage(TagBuilder tag, String bad) {
        if (tag.name == null && tag.closing) {
            return "Expected the name of the shortcode to close after '/', found '" + bad + "'";
        }
        if (tag.name == null) {
            return "Expected a shortcode name after " + tag.delimiter.open() + ", found '" + bad + "': start with "
                    + "the name, e.g. " + tag.delimiter.open() + " youtube ID " + tag.delimiter.close();
        }
        if (tag.closing) {
            return "A closing tag takes no arguments: remove '" + bad + "' from " + tag.delimiter.open() + " /"
                    + tag.name + " " + tag.delimiter.close();
        }
        return "'" + bad + "' cannot follow the self-closing '/': move the '/' just before "
                + tag.delimiter.close();
    }

    private void finishUnterminated() {
        TagBuilder tag = current;
        if (tag.abandoned) {
            reportSpacedEscape(tag, tag.last.end());
            return;
        }
        error(tag.open.range(), MALFORMED, "This " + tag.delimiter.open() + " is never closed by "
                + tag.delimiter.close() + ": end the call with " + tag.delimiter.close());
        tag.malformed = true;
        finish(tag, tag.last == null ? tag.open.end() : tag.last.end());
    }

    private void finish(TagBuilder tag, int end) {
        current = null;
        tag.flushPending();
        TextRange range = TextRange.of(tag.open.start(), end);
        if (tag.name == null) {
            if (!tag.malformed) {
                error(range, MALFORMED, "This shortcode call has no name: write the name after "
                        + tag.delimiter.open() + (tag.closing ? "/" : "") + ", or escape an example as "
                        + tag.delimiter.open() + "/* … */" + tag.delimiter.close());
            }
            return;
        }
        checkMixed(tag);
        tags.add(new Tag(tag.delimiter, range, tag.closing, tag.selfClosing, tag.name, tag.nameRange,
                tag.arguments));
    }

    private void checkMixed(TagBuilder tag) {
        List<Argument> arguments = tag.arguments;
        if (arguments.isEmpty()) {
            return;
        }
        boolean firstNamed = arguments.get(0).isNamed();
        arguments.stream().filter(a -> a.isNamed() != firstNamed).findFirst().ifPresent(a -> error(a.range(),
                MIXED_ARGS, "'" + tag.name + "' mixes positional and named arguments, which Hugo rejects: write "
                        + (firstNamed ? "this one as name=value too" : "every argument by position, or all as "
                        + "name=value")));
    }

    private void error(TextRange range, String rule, String message) {
        diagnostics.add(Diagnostic.at(lines, range, Severity.ERROR, rule, message));
    }

    /** The parts of a tag read so far. */
    private final class TagBuilder {
        final ShortcodeToken open;
        final Delimiter delimiter;
        final List<Argument> arguments = new ArrayList<>();
        boolean closing;
        boolean selfClosing;
        boolean malformed;
        boolean lastValueNamed;
        boolean abandoned;
        String name;
        TextRange nameRange;
        ShortcodeToken pendingName;
        ShortcodeToken pendingEquals;
        ShortcodeToken last;

        TagBuilder(ShortcodeToken open, Delimiter delimiter) {
            this.open = open;
            this.delimiter = delimiter;
        }

        /** An argument name (with or without '=') that got no value: keep it with an empty value and report it. */
        void flushPending() {
            if (pendingName == null) {
                pendingEquals = null;
                return;
            }
            String argName = pendingName.text(text);
            int at = pendingEquals != null ? pendingEquals.end() : pendingName.end();
            error(pendingName.range(), MALFORMED, "Argument '" + argName + "' has no value: write a value after "
                    + "'=' (" + argName + "=\"\" for an empty one)");
            malformed = true;
            arguments.add(new Argument(Optional.of(argName), "", QuoteStyle.BARE, TextRange.of(pendingName.start(),
                    at), Optional.of(pendingName.range()), TextRange.empty(at)));
            pendingName = null;
            pendingEquals = null;
        }
    }
}
