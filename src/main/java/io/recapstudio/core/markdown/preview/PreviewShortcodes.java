package io.recapstudio.core.markdown.preview;

import io.recapstudio.core.markdown.BundleImagesProvider;
import io.recapstudio.core.markdown.MarkdownRenderer;
import io.recapstudio.core.markdown.ShortcodeRenderers;
import io.recapstudio.core.markdown.ShortcodeRenderer;
import io.recapstudio.core.shortcode.ShortcodeKinds;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The preview's shortcode renderers: offline stand-ins for what Hugo, Docsy and the common shortcode packages
 * produce. {@code imgproc}, {@code figure} and {@code gallery} show the real (processed) bundle images at Hugo's
 * sizes; embeds become cards; call-outs are boxes; anything else is a labelled box.
 */
public final class PreviewShortcodes {

    private PreviewShortcodes() {
    }

    /**
     * The render pipeline with the preview catalog, as the preview and {@code recap render} use it.
     *
     * @param imageCache where processed images are kept (see {@link BundleImagesProvider#userCacheDir()})
     */
    public static MarkdownRenderer renderer(Path imageCache) {
        return new MarkdownRenderer(catalog(), new BundleImagesProvider(imageCache));
    }

    /** Like {@link #renderer(Path)}, pairing shortcode tags by {@code kinds} (the site's own shortcodes). */
    public static MarkdownRenderer renderer(Path imageCache, ShortcodeKinds kinds) {
        return new MarkdownRenderer(catalog(), new BundleImagesProvider(imageCache), kinds);
    }

    /**
     * Like {@link #renderer(Path, ShortcodeKinds)}, on a provider of bundle images that outlives the renderer (the
     * preview keeps one per post while the post's site may change).
     */
    public static MarkdownRenderer renderer(BundleImagesProvider images, ShortcodeKinds kinds) {
        return new MarkdownRenderer(catalog(), images, kinds);
    }

    /** The preview catalog. */
    public static ShortcodeRenderers catalog() {
        Map<String, ShortcodeRenderer> renderers = new LinkedHashMap<>();
        renderers.put("imgproc", new ImgprocRenderer());
        renderers.put("figure", new FigureRenderer());
        renderers.put("gallery", new GalleryRenderer());
        renderers.put("tweet", EmbedCards.post("twitter.com"));
        renderers.put("twitter", EmbedCards.post("twitter.com"));
        renderers.put("x", EmbedCards.post("x.com"));
        renderers.put("youtube", EmbedCards.youtube());
        renderers.put("vimeo", EmbedCards.vimeo());
        renderers.put("alert", CalloutRenderer.alert());
        renderers.put("note", CalloutRenderer.named("note", "info"));
        renderers.put("info", CalloutRenderer.named("info", "info"));
        renderers.put("tip", CalloutRenderer.named("tip", "success"));
        renderers.put("warning", CalloutRenderer.named("warning", "warning"));
        return ShortcodeRenderers.of(renderers, new UnknownShortcodeRenderer());
    }
}
