package io.recapstudio.core.markdown;

/**
 * One top-level block of the rendered post (a paragraph, heading, list, table, shortcode output, the footnotes).
 *
 * @param key       stable while the block's HTML does not change: a hash of the HTML plus its occurrence number,
 *                  so a preview can keep the DOM of unchanged blocks
 * @param html      the block's HTML
 * @param firstLine 1-based first line of the block's source in the post's text (front matter lines counted)
 * @param lastLine  1-based last line of the block's source
 */
public record RenderedBlock(String key, String html, int firstLine, int lastLine) {

    /** True when the editor's 1-based {@code line} lies inside this block's source. */
    public boolean containsLine(int line) {
        return line >= firstLine && line <= lastLine;
    }
}
