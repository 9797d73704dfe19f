package io.recapstudio.core.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One self-contained HTML document for a rendered post, as {@code recap render} writes it: the preview's style
 * sheet inlined, the images embedded (render with {@link RenderOptions#standalone()}), the body as the pipeline's
 * sanitiser wrote it (no script, no {@code <meta>}, no {@code <base>}), and a Content-Security-Policy that lets it
 * load nothing from the network and run no script, so opening it never navigates anywhere by itself.
 *
 * <p>Each image is embedded once, however many times the post shows it: a style rule holds its bytes as a
 * {@code data:} URI ({@code img[data-rs-image="i1"] { content: url(data:…) }}) and every {@code <img>} showing it
 * carries {@code data-rs-image="i1"} (its {@code src} a one-pixel stand-in). 400 calls of {@code imgproc} on one photo
 * write the photo once. The document is written as a stream (the images straight from their files), so its size
 * never has to fit in memory twice.
 */
public final class StandaloneDocument {

    /** The preview's style sheet; one look for the app's preview and the standalone document. */
    private static final String STYLE_SHEET = "/io/recapstudio/ui/preview/preview.css";
    /** A transparent 1×1 GIF: the {@code src} of an image whose pixels the style sheet gives. */
    private static final String STAND_IN = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    /**
     * Nothing from the network, no script at all, no frames, forms or plug-ins, no {@code <base>}: images only from
     * the document itself ({@code data:}), styles only inline. The first element of the head, so it governs the rest.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; "
            + "style-src 'unsafe-inline'; script-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; "
            + "form-action 'none'; base-uri 'none'";

    private StandaloneDocument() {
    }

    /**
     * The document for {@code result}, titled {@code title}.
     *
     * @param options the options it was rendered with: with {@link RenderOptions#standalone()} its images are
     *                embedded; with other resource URLs the HTML is written as it is
     */
    public static String of(String title, RenderResult result, RenderOptions options) {
        StringWriter out = new StringWriter(result.html().length() + 4096);
        try {
            write(out, title, result, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the document for {@code result} to {@code out} (see {@link #of}). */
    public static void write(Writer out, String title, RenderResult result, RenderOptions options)
            throws IOException {
        Map<String, Path> recorded = options.resourceUrls() instanceof EmbeddedImages images ? images.byUrl()
                : Map.of();
        // First the images the blocks show (their style rules go in the head), then the blocks, each written once.
        Map<String, String> ids = new LinkedHashMap<>();
        for (RenderedBlock block : result.blocks()) {
            referToEmbedded(block.html(), recorded, ids, null);
        }
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n");
        out.write(styleSheet());
        for (Map.Entry<String, String> image : ids.entrySet()) {
            Path file = recorded.get(image.getKey());
            out.write("img[data-rs-image=\"" + image.getValue() + "\"] { content: url(\"data:"
                    + ResourceUrls.mediaType(file) + ";base64,");
            writeBase64(file, out);
            out.write("\"); }\n");
        }
        out.write("</style>\n</head>\n<body>\n<main class=\"td-content\">\n");
        for (RenderedBlock block : result.blocks()) {
            referToEmbedded(block.html(), recorded, ids, out);
            out.write('\n');
        }
        out.write("</main>\n</body>\n</html>\n");
        out.flush();
    }

    /**
     * Writes {@code html} to {@code out} (when not null) with each {@code src="URL"} of a recorded file replaced by
     * the stand-in and a reference to the file's one embedded copy; {@code ids} collects the files referred to, in
     * order.
     */
    private static void referToEmbedded(String html, Map<String, Path> recorded, Map<String, String> ids,
                                        Writer out) throws IOException {
        int copied = 0;
        if (recorded.isEmpty()) {
            if (out != null) {
                out.write(html);
            }
            return;
        }
        for (int at = html.indexOf("src=\"file:"); at >= 0; at = html.indexOf("src=\"file:", at + 1)) {
            int start = at + "src=\"".length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            String url = unescapeAttribute(html.substring(start, end));
            if (!recorded.containsKey(url)) {
                continue;
            }
            String id = ids.computeIfAbsent(url, u -> "i" + (ids.size() + 1));
            if (out != null) {
                out.write(html, copied, at - copied);
                out.write("src=\"" + STAND_IN + "\" data-rs-image=\"" + id + "\"");
            }
            copied = end + 1;
            at = end;
        }
        if (out != null) {
            out.write(html, copied, html.length() - copied);
        }
    }

    private static String unescapeAttribute(String value) {
        return value.indexOf('&') < 0 ? value : value.replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The file's bytes as base64, read and written in chunks. */
    private static void writeBase64(Path file, Writer out) throws IOException {
        OutputStream ascii = new OutputStream() {
            private final char[] chars = new char[8192];

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                for (int done = 0; done < length; ) {
                    int n = Math.min(chars.length, length - done);
                    for (int i = 0; i < n; i++) {
                        chars[i] = (char) bytes[offset + done + i];
                    }
                    out.write(chars, 0, n);
                    done += n;
                }
            }
        };
        try (InputStream in = Files.newInputStream(file); OutputStream encoder = Base64.getEncoder().wrap(
                new NotClosing(ascii))) {
            in.transferTo(encoder);
        }
    }

    /** Lets the base64 encoder finish (close) without closing the document's writer. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static String styleSheet() {
        try (InputStream in = StandaloneDocument.class.getResourceAsStream(STYLE_SHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLE_SHEET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
