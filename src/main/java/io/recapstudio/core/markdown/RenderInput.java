package io.recapstudio.core.markdown;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An immutable snapshot of what to render.
 *
 * @param text      the post's whole text, front matter included (lines are counted from the first line of it)
 * @param bundleDir the folder holding the post and its resources; null for a text without a bundle
 * @param version   increases with every edit; the result carries it so stale results can be dropped
 * @param options   how to render
 */
public record RenderInput(String text, Path bundleDir, long version, RenderOptions options) {

    public RenderInput {
        if (text == null || options == null) {
            throw new IllegalArgumentException("text and options are required");
        }
    }

    public Optional<Path> bundle() {
        return Optional.ofNullable(bundleDir);
    }
}
