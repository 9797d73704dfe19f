package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.text.Severity;
import java.util.Optional;

/**
 * A shortcode call that does not fit the site's Hugo version.
 *
 * @param severity    error when the build fails, warning when Hugo ignores or deprecates it, info otherwise
 * @param rule        a stable rule id ({@code shortcode-removed}, {@code shortcode-deprecated},
 *                    {@code shortcode-too-new}, {@code shortcode-param-too-new}, {@code shortcode-version-unknown})
 * @param message     what is wrong and what to do
 * @param replacement the shortcode name to use instead, when renaming fixes it
 */
public record VersionIssue(Severity severity, String rule, String message, Optional<String> replacement) {
}
