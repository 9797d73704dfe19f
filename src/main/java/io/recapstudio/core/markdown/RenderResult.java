package io.recapstudio.core.markdown;

import io.recapstudio.core.text.Diagnostic;
import java.util.List;

/**
 * The rendered post.
 *
 * @param version     the version of the input it was rendered from
 * @param html        the whole body: the blocks' HTML in order
 * @param blocks      the top-level blocks in document order, each with its source lines
 * @param diagnostics problems found while rendering (image not found, bad spec, unclosed shortcode, …); their path
 *                    is null, for the caller to fill in
 */
public record RenderResult(long version, String html, List<RenderedBlock> blocks, List<Diagnostic> diagnostics) {

    public RenderResult {
        blocks = List.copyOf(blocks);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The block whose source holds {@code line}, else the nearest block that starts before it, else the first. */
    public RenderedBlock blockAtLine(int line) {
        RenderedBlock before = null;
        for (RenderedBlock block : blocks) {
            if (block.containsLine(line)) {
                return block;
            }
            if (block.firstLine() <= line && (before == null || block.firstLine() > before.firstLine())) {
                before = block;
            }
        }
        return before != null || blocks.isEmpty() ? before : blocks.get(0);
    }
}
