package io.recapstudio.core.markdown;

/**
 * A top-level block as Markdown rendered it, before shortcode output, offline step and keys: its offsets in the
 * Markdown text, its HTML (placeholders still in), and for a heading its id as rendered and as Hugo numbers it.
 *
 * @param start    offset of the block in the Markdown text
 * @param end      offset just past it
 * @param html     the block's HTML
 * @param heading  the id of a top-level heading, null for other blocks
 * @param footnote true for a footnote definition (its text is shown in the footnotes block at the end)
 */
record RawBlock(int start, int end, String html, HeadingIds.HeadingId heading, boolean footnote) {

    RawBlock shift(int delta) {
        return new RawBlock(start + delta, end + delta, html, heading, footnote);
    }
}
