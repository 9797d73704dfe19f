package io.recapstudio.core.markdown;

/**
 * How a post is rendered.
 *
 * @param unsafeHtml    pass raw HTML through (Hugo's {@code markup.goldmark.renderer.unsafe}); when false it is
 *                      replaced by {@code <!-- raw HTML omitted -->} as Goldmark does
 * @param offline       replace everything that would load from the network (remote images, iframes, scripts) by a
 *                      placeholder saying so; the preview and {@code recap render} always render offline
 * @param resourceUrls  how the HTML refers to bundle files and processed images
 * @param pageHeader    put the title, description and byline from the front matter above the content, as a Docsy
 *                      blog post shows them (they are not part of Hugo's {@code .Content})
 */
public record RenderOptions(boolean unsafeHtml, boolean offline, ResourceUrls resourceUrls, boolean pageHeader) {

    public RenderOptions {
        if (resourceUrls == null) {
            throw new IllegalArgumentException("resourceUrls is required");
        }
    }

    /** The app's preview: raw HTML passed through, offline, images as file: URLs. */
    public static RenderOptions preview() {
        return new RenderOptions(true, true, ResourceUrls.fileUrls(), true);
    }

    /**
     * {@code recap render}: like the preview, with the images it shows recorded so that the
     * {@link StandaloneDocument} embeds each of them once. A new recorder for each call: one per render.
     */
    public static RenderOptions standalone() {
        return new RenderOptions(true, true, new EmbeddedImages(), true);
    }

    public RenderOptions withUnsafeHtml(boolean unsafe) {
        return new RenderOptions(unsafe, offline, resourceUrls, pageHeader);
    }

    /** Only Hugo's {@code .Content}, without the title and byline above it. */
    public RenderOptions withoutPageHeader() {
        return new RenderOptions(unsafeHtml, offline, resourceUrls, false);
    }
}
