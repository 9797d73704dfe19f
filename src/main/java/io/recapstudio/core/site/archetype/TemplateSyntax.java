package io.recapstudio.core.site.archetype;

import java.util.List;

/** The parsed form of the Go-template subset archetypes use. */
final class TemplateSyntax {

    private TemplateSyntax() {
    }

    /** A piece of a template. */
    sealed interface Node permits Text, Output, Conditional, Assignment {
    }

    /** Literal text, copied out. */
    record Text(String text) implements Node {
    }

    /** {@code {{ pipeline }}}: prints the pipeline's value. */
    record Output(Pipeline pipeline, int line) implements Node {
    }

    /** {@code {{ $x := pipeline }}} or {@code {{ $x = pipeline }}}: prints nothing. */
    record Assignment(String variable, boolean declare, Pipeline pipeline, int line) implements Node {
    }

    /**
     * {@code {{ if c }}…{{ else }}…{{ end }}}, or {@code with} (which also sets the dot to the value).
     */
    record Conditional(boolean with, Pipeline condition, List<Node> then, List<Node> otherwise, int line)
            implements Node {
    }

    /** Commands joined by {@code |}: each command's value is the last argument of the next. */
    record Pipeline(List<Command> commands, int line) {
    }

    /** A function call or a value, with its arguments. */
    record Command(List<Term> terms) {
    }

    /** One operand. */
    sealed interface Term permits Literal, Dot, Variable, Identifier, Group {
    }

    /** A string, number, boolean or nil. */
    record Literal(Object value) implements Term {
    }

    /** {@code .}, {@code .Site.Params.x}: fields of the current dot. */
    record Dot(List<String> fields) implements Term {
    }

    /** {@code $}, {@code $x}, {@code $x.Field}. */
    record Variable(String name, List<String> fields) implements Term {
    }

    /** A function name, possibly followed by fields of its result ({@code now.Format}). */
    record Identifier(String name, List<String> fields) implements Term {
    }

    /** {@code (pipeline)}, possibly followed by fields. */
    record Group(Pipeline pipeline, List<String> fields) implements Term {
    }
}
