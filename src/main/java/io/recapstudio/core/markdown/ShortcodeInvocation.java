package io.recapstudio.core.markdown;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One shortcode call as a {@link ShortcodeRenderer} sees it, the way a Hugo template sees it: its name, its
 * positional ({@code .Get 0}) or named ({@code .Get "id"}) arguments, its raw inner content ({@code .Inner}) and
 * whether it was written with the Markdown delimiter {@code {{% %}}}.
 *
 * @param name       the shortcode name, e.g. {@code imgproc} or {@code blocks/cover}
 * @param markdown   true for {@code {{% … %}}} (output goes through Markdown), false for {@code {{< … >}}}
 * @param positional positional arguments, unquoted
 * @param named      named arguments, unquoted, in source order
 * @param inner      Hugo's {@code .Inner}: the text between the opening and closing tag, with the shortcodes in it
 *                   already replaced by their output; empty when the call has no closing tag
 * @param line       1-based line of the call in the post's text
 * @param column     1-based column of the call in the post's text
 */
public record ShortcodeInvocation(String name, boolean markdown, List<String> positional, Map<String, String> named,
                                  Optional<String> inner, int line, int column) {

    public ShortcodeInvocation {
        positional = List.copyOf(positional);
        named = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(named));
        inner = inner == null ? Optional.empty() : inner;
    }

    /** Hugo's {@code .Get N}: the positional argument, if there is one. */
    public Optional<String> get(int position) {
        return position < positional.size() ? Optional.of(positional.get(position)) : Optional.empty();
    }

    /** Hugo's {@code .Get "name"}: the named argument, if there is one. */
    public Optional<String> get(String argument) {
        return Optional.ofNullable(named.get(argument));
    }

    /** {@code .Get "name" | default (.Get N)}: the named argument, else the positional one. */
    public Optional<String> get(String argument, int position) {
        return get(argument).or(() -> get(position));
    }

    /** The call as the author wrote its opening tag, for labels: {@code imgproc pic Resize "600x"}. */
    public String describe() {
        StringBuilder text = new StringBuilder(name);
        positional.forEach(value -> text.append(' ').append(quoteIfNeeded(value)));
        named.forEach((key, value) -> text.append(' ').append(key).append('=').append(quoteIfNeeded(value)));
        return text.toString();
    }

    private static String quoteIfNeeded(String value) {
        return value.isEmpty() || value.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')
                ? '"' + value.replace("\"", "\\\"") + '"' : value;
    }
}
