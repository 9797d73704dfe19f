package io.recapstudio.core.shortcode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints a new call for the palette, immutable and fluent:
 * <pre>{@code
 * ShortcodeWriter.call("imgproc", Delimiter.ANGLE).positional("welcome", "Resize", "600x")
 *         .inner("\nOur welcome desk\n").write();
 * // {{< imgproc welcome Resize 600x >}}
 * // Our welcome desk
 * // {{< /imgproc >}}
 * }</pre>
 * Values are quoted only when Hugo needs it ({@code "two words"}, a value with {@code "} in backticks, …).
 */
public final class ShortcodeWriter {

    private final String name;
    private final Delimiter delimiter;
    private final List<String[]> arguments;
    private final Optional<String> inner;
    private final boolean selfClosing;

    private ShortcodeWriter(String name, Delimiter delimiter, List<String[]> arguments, Optional<String> inner,
                            boolean selfClosing) {
        this.name = name;
        this.delimiter = delimiter;
        this.arguments = List.copyOf(arguments);
        this.inner = inner;
        this.selfClosing = selfClosing;
    }

    /**
     * A call to shortcode {@code name} with no arguments yet.
     *
     * @throws IllegalArgumentException when Hugo would not read {@code name} as a shortcode name
     */
    public static ShortcodeWriter call(String name, Delimiter delimiter) {
        if (name == null || !ValueSyntax.isShortcodeName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a shortcode name Hugo reads: start with a "
                    + "letter or digit, then letters, digits, '-', '_', '/' or '.'");
        }
        return new ShortcodeWriter(name, delimiter == null ? Delimiter.ANGLE : delimiter, List.of(), Optional.empty(),
                false);
    }

    /**
     * Adds positional arguments.
     *
     * @throws IllegalStateException when the call already has named arguments
     */
    public ShortcodeWriter positional(String... values) {
        List<String[]> more = new ArrayList<>(arguments);
        for (String value : values) {
            requireStyle(false);
            more.add(new String[] {null, ValueSyntax.write(value, false, null)});
        }
        return new ShortcodeWriter(name, delimiter, more, inner, selfClosing);
    }

    /**
     * Adds a named argument.
     *
     * @throws IllegalStateException    when the call already has positional arguments
     * @throws IllegalArgumentException when the name is not one Hugo reads or no quoting can hold the value
     */
    public ShortcodeWriter named(String argumentName, String value) {
        requireStyle(true);
        if (!ValueSyntax.isArgumentName(argumentName)) {
            throw new IllegalArgumentException("'" + argumentName + "' is not an argument name Hugo reads");
        }
        List<String[]> more = new ArrayList<>(arguments);
        more.add(new String[] {argumentName, ValueSyntax.write(value, true, null)});
        return new ShortcodeWriter(name, delimiter, more, inner, selfClosing);
    }

    /** Gives the call inner content and a closing tag; the content is printed exactly as given. */
    public ShortcodeWriter inner(String content) {
        if (selfClosing) {
            throw new IllegalStateException("a self-closing call has no inner content");
        }
        return new ShortcodeWriter(name, delimiter, arguments, Optional.of(content), false);
    }

    /** Makes the call self-closing, {@code {{< name />}}} (for shortcodes that take inner content but have none). */
    public ShortcodeWriter selfClosing() {
        if (inner.isPresent()) {
            throw new IllegalStateException("a call with inner content cannot be self-closing");
        }
        return new ShortcodeWriter(name, delimiter, arguments, inner, true);
    }

    /** The call's text. */
    public String write() {
        StringBuilder out = new StringBuilder(delimiter.open()).append(' ').append(name);
        for (String[] argument : arguments) {
            out.append(' ');
            if (argument[0] != null) {
                out.append(argument[0]).append('=');
            }
            out.append(argument[1]);
        }
        out.append(selfClosing ? " /" : " ").append(delimiter.close());
        inner.ifPresent(content -> out.append(content).append(delimiter.open()).append(" /").append(name)
                .append(' ').append(delimiter.close()));
        return out.toString();
    }

    @Override
    public String toString() {
        return write();
    }

    private void requireStyle(boolean named) {
        if (arguments.stream().anyMatch(a -> (a[0] != null) != named)) {
            throw new IllegalStateException("'" + name + "' already has " + (named ? "positional" : "named")
                    + " arguments; Hugo does not allow both in one call");
        }
    }
}
