package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.TextRange;

/**
 * Where the front matter block is in a post's text.
 *
 * @param format     its format
 * @param range      from the opening delimiter through the line break after the closing one
 * @param content    the text between the delimiters (for JSON: the object, braces included)
 * @param terminated false when the closing delimiter is missing (then {@code range} and {@code content} run to the
 *                   end of the text)
 */
public record FrontMatterBlock(FrontMatterFormat format, TextRange range, TextRange content, boolean terminated) {
}
