package io.recapstudio.core.site;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * One post of the site index.
 *
 * @param post        where it is
 * @param frontMatter its front matter (empty map when it has none or it did not parse)
 * @param date        its {@code date}, or null
 * @param urlPath     the URL path Hugo gives it ({@code url} in front matter, else the permalink pattern), or null
 *                    when the pattern cannot be expanded
 */
public record IndexedPost(ExistingPost post, Map<String, Object> frontMatter, ZonedDateTime date, String urlPath) {
}
