package io.recapstudio.core.shortcode;

import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * Edits one argument of one call. Each method returns a single {@link TextEdit} that lies inside the call's opening
 * tag and touches only that argument (and the space that separates it), so every other byte of the post, the other
 * arguments' quoting and the tag's own spacing stay as they were. A new value is quoted only when Hugo needs it, in
 * the argument's existing quote style where it had one.
 */
public final class ShortcodeEditor {

    private ShortcodeEditor() {
    }

    /**
     * Sets named argument {@code name} to {@code value}, replacing its value or adding it after the last argument
     * (with the same separator the tag uses, e.g. a line break and indentation in a multi-line call).
     *
     * @throws IllegalArgumentException when the call has positional arguments (Hugo forbids mixing), the name is not
     *                                  one Hugo reads, or no quoting can hold the value
     */
    public static TextEdit setNamed(String text, ShortcodeCall call, String name, String value) {
        if (!ValueSyntax.isArgumentName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not an argument name Hugo reads: use letters, "
                    + "digits, '-', '_' and '.'");
        }
        if (call.arguments() instanceof Arguments.Positional) {
            throw new IllegalArgumentException("'" + call.name() + "' uses positional arguments; Hugo does not allow "
                    + "adding a named one");
        }
        Optional<Argument> existing = call.arguments().named(name);
        if (existing.isPresent()) {
            return replaceValue(text, existing.get(), value, true);
        }
        return append(text, call, name + "=", value, true);
    }

    /**
     * Sets the positional argument at 0-based {@code index} to {@code value}; {@code index} equal to the number of
     * positional arguments appends one.
     *
     * @throws IllegalArgumentException when the call has named arguments, the index leaves a gap, or no quoting can
     *                                  hold the value
     */
    public static TextEdit setPositional(String text, ShortcodeCall call, int index, String value) {
        if (call.arguments() instanceof Arguments.Named) {
            throw new IllegalArgumentException("'" + call.name() + "' uses named arguments; Hugo does not allow "
                    + "adding a positional one");
        }
        List<Argument> positional = call.arguments().all().stream().filter(a -> !a.isNamed()).toList();
        if (index < 0 || index > positional.size()) {
            throw new IllegalArgumentException("position " + index + " is outside 0.." + positional.size()
                    + " for '" + call.name() + "'");
        }
        if (index < positional.size()) {
            return replaceValue(text, positional.get(index), value, false);
        }
        return append(text, call, "", value, false);
    }

    /**
     * Removes named argument {@code name} together with the space before it.
     *
     * @throws IllegalArgumentException when the call has no such argument
     */
    public static TextEdit removeNamed(String text, ShortcodeCall call, String name) {
        Argument argument = call.arguments().named(name).orElseThrow(() -> new IllegalArgumentException(
                "'" + call.name() + "' has no argument named '" + name + "'"));
        return remove(text, call, argument);
    }

    /**
     * Removes the positional argument at 0-based {@code index} together with the space before it; the later ones
     * move up a place.
     *
     * @throws IllegalArgumentException when there is no such argument
     */
    public static TextEdit removePositional(String text, ShortcodeCall call, int index) {
        Argument argument = call.arguments().positional(index).orElseThrow(() -> new IllegalArgumentException(
                "'" + call.name() + "' has no positional argument " + index));
        return remove(text, call, argument);
    }

    private static TextEdit replaceValue(String text, Argument argument, String value, boolean named) {
        TextRange at = argument.valueRange();
        QuoteStyle preferred = at.isEmpty() ? null : argument.quote();
        String written = writeValue(value, named, preferred, spaceAt(text, at.end()));
        return new TextEdit(at, written);
    }

    private static TextEdit append(String text, ShortcodeCall call, String prefix, String value, boolean named) {
        List<Argument> all = call.arguments().all();
        int at = all.isEmpty() ? call.nameRange().end() : all.get(all.size() - 1).range().end();
        String separator = " ";
        if (!all.isEmpty()) {
            int before = all.size() >= 2 ? all.get(all.size() - 2).range().end() : call.nameRange().end();
            String gap = text.substring(before, all.get(all.size() - 1).range().start());
            separator = !gap.isEmpty() && gap.isBlank() ? gap : " ";
        }
        String written = writeValue(value, named, null, spaceAt(text, at));
        return TextEdit.insert(at, separator + prefix + written);
    }

    /** Bare named values need a space after them, or Hugo reads the {@code >}}} as part of the value. */
    private static String writeValue(String value, boolean named, QuoteStyle preferred, boolean spaceFollows) {
        String written = ValueSyntax.write(value, named, preferred);
        if (named && !spaceFollows && written.equals(value)) {
            return ValueSyntax.write(value, true, QuoteStyle.DOUBLE);
        }
        return written;
    }

    private static TextEdit remove(String text, ShortcodeCall call, Argument argument) {
        List<Argument> all = call.arguments().all();
        int index = all.indexOf(argument);
        int previousEnd = index > 0 ? all.get(index - 1).range().end() : call.nameRange().end();
        int start = argument.range().start();
        while (start > previousEnd && ShortcodeLexer.isTagSpace(text.charAt(start - 1))) {
            start--;
        }
        int end = argument.range().end();
        if (start == argument.range().start()) {
            while (end < call.openingRange().end() && ShortcodeLexer.isTagSpace(text.charAt(end))) {
                end++;
            }
        }
        return TextEdit.delete(start, end);
    }

    private static boolean spaceAt(String text, int offset) {
        return offset < text.length() && ShortcodeLexer.isTagSpace(text.charAt(offset));
    }
}
