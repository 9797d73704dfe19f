package io.recapstudio.ui.editor.highlight;

/**
 * Where a line starts inside a shortcode call that began on an earlier line.
 *
 * @param delimiter {@code <} or {@code %}
 * @param nameSeen  true once the shortcode's name has been read
 * @param quote     an open quoted argument value ({@code "} or {@code `}), else 0
 * @param escaped   true inside an escaped example {@code {{</* … *\/>}}}, which Hugo prints as literal text
 */
public record ShortcodeState(char delimiter, boolean nameSeen, char quote, boolean escaped) {
}
