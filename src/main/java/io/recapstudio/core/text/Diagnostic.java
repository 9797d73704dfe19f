package io.recapstudio.core.text;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/**
 * One finding about a post or bundle: where, how bad, which rule, what is wrong and what to do, and where one is safe,
 * an automatic fix.
 *
 * @param path     the file it is about (the post's index.md, a resource, or the bundle folder); may be null in
 *                 parser output and filled in by the caller with {@link #withPath(Path)}
 * @param line     1-based line
 * @param column   1-based column
 * @param range    the offsets the finding covers in the post's text (for underlines); empty when it has no extent
 * @param severity error, warning or info
 * @param rule     a stable rule id, e.g. {@code shortcode-unclosed}
 * @param message  what is wrong and what to do, one sentence or two
 * @param fix      the automatic fix, if one is safe
 */
public record Diagnostic(Path path, int line, int column, TextRange range, Severity severity, String rule,
                         String message, Optional<Fix> fix) {

    /** Order of {@code recap check}: path, then line, then column, then rule. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.path() == null ? "" : d.path().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule);

    public Diagnostic {
        if (severity == null || rule == null || message == null) {
            throw new IllegalArgumentException("severity, rule and message are required");
        }
        if (RuleId.of(rule).isEmpty()) {
            throw new IllegalArgumentException("unknown rule id \"" + rule + "\": every rule is listed in RuleId");
        }
        range = range == null ? TextRange.empty(0) : range;
        fix = fix == null ? Optional.empty() : fix;
    }

    /** A diagnostic located at {@code range} of {@code text}, its line and column computed from the range start. */
    public static Diagnostic at(LineIndex lines, TextRange range, Severity severity, RuleId rule, String message) {
        return at(lines, range, severity, rule.id(), message);
    }

    /** Like {@link #at(LineIndex, TextRange, Severity, RuleId, String)}, with the rule's id. */
    public static Diagnostic at(LineIndex lines, TextRange range, Severity severity, String rule, String message) {
        LineIndex.Position p = lines.position(range.start());
        return new Diagnostic(null, p.line(), p.column(), range, severity, rule, message, Optional.empty());
    }

    public Diagnostic withPath(Path newPath) {
        return new Diagnostic(newPath, line, column, range, severity, rule, message, fix);
    }

    public Diagnostic withFix(Fix newFix) {
        return new Diagnostic(path, line, column, range, severity, rule, message, Optional.ofNullable(newFix));
    }

    /** Shifts the range and recomputes line and column, for findings made on a part of a larger text. */
    public Diagnostic relocate(LineIndex lines, int delta) {
        TextRange moved = range.shift(delta);
        LineIndex.Position p = lines.position(moved.start());
        Optional<Fix> movedFix = fix.map(f -> new Fix(f.description(), f.edits().stream()
                .map(e -> new TextEdit(e.range().shift(delta), e.replacement())).toList()));
        return new Diagnostic(path, p.line(), p.column(), moved, severity, rule, message, movedFix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The {@code check} text line: {@code PATH:LINE:COL: SEVERITY: MESSAGE [RULE]}, with control characters in the
     * path and message escaped ({@link PrintableText}), so that it is always one line.
     */
    public String format() {
        return PrintableText.escape(path == null ? "-" : path.toString()) + ":" + line + ":" + column + ": "
                + severity.label() + ": " + PrintableText.escape(message) + " [" + rule + "]";
    }
}
