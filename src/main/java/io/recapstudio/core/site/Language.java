package io.recapstudio.core.site;

/**
 * A language of a multilingual site ({@code languages.<code>} in the config).
 *
 * @param code       the language key, e.g. {@code en}
 * @param name       {@code languageName}, or the code when not set
 * @param weight     {@code weight} (lower sorts first), 0 when not set
 * @param contentDir {@code contentDir} relative to the site root, or null when the language has none of its own
 */
public record Language(String code, String name, int weight, String contentDir) {
}
