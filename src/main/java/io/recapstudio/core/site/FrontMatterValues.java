package io.recapstudio.core.site;

import java.util.Map;

/**
 * The front matter of one content file as plain values: maps, lists, strings, numbers, booleans, null. Dates are
 * the text as written ({@code 2022-05-25 10:00:00+00:00}).
 *
 * @param format the front-matter format
 * @param values top-level keys as written (case kept), insertion ordered
 */
public record FrontMatterValues(DataFormat format, Map<String, Object> values) {
}
