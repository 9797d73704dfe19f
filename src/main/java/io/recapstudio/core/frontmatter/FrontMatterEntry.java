package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.TextRange;

/**
 * One top-level key of the front matter and where it is in the post's text.
 *
 * @param key        the key as written (Hugo compares keys without regard to case)
 * @param value      the value: {@code String}, {@code Long}, {@code BigInteger}, {@code Double}, {@code Boolean},
 *                   {@link FrontMatterDate}, {@code List<Object>}, {@code Map<String, Object>} (in file order) or null
 * @param range      the whole lines the key and its value occupy, line breaks included (for a TOML table or array
 *                   of tables: from its first header to the end of its last section)
 * @param keyRange   the key's own text, quotes included
 * @param valueRange the value's text (for a TOML table: the table's sections)
 */
public record FrontMatterEntry(String key, Object value, TextRange range, TextRange keyRange, TextRange valueRange) {
}
