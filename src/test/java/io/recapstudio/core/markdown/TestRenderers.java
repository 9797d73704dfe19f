package io.recapstudio.core.markdown;

import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import java.nio.file.Path;

/** Renderers for tests: processed images go to one cache folder under target/. */
public final class TestRenderers {

    /** The folder tests keep processed images in. */
    public static final Path IMAGE_CACHE = Path.of("target", "test-image-cache").toAbsolutePath();

    private TestRenderers() {
    }

    /** The preview pipeline, as the app and recap render use it. */
    public static MarkdownRenderer preview() {
        return PreviewShortcodes.renderer(IMAGE_CACHE);
    }

    /** A provider of bundle images for tests that build their own renderer. */
    public static BundleImagesProvider images() {
        return new BundleImagesProvider(IMAGE_CACHE);
    }
}
