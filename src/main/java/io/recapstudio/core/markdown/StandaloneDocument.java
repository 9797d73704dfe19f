package io.recapstudio.core.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One self-contained HTML document for a rendered post, as {@code recap render} writes it: the preview's style
 * sheet inlined, images embedded as {@code data:} URIs (render with {@link RenderOptions#standalone()}), the body as
 * the pipeline's sanitiser wrote it (no script, no {@code <meta>}, no {@code <base>}), and a Content-Security-Policy
 * that lets it load nothing from the network and run no script, so opening it never navigates anywhere by itself.
 */
public final class StandaloneDocument {

    /** The preview's style sheet; one look for the app's preview and the standalone document. */
    private static final String STYLE_SHEET = "/io/recapstudio/ui/preview/preview.css";

    /**
     * Nothing from the network, no script at all, no frames, forms or plug-ins, no {@code <base>}: images only from
     * the document itself ({@code data:}), styles only inline. The first element of the head, so it governs the rest.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; "
            + "style-src 'unsafe-inline'; script-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; "
            + "form-action 'none'; base-uri 'none'";

    private StandaloneDocument() {
    }

    /** The document for {@code result}, titled {@code title}. */
    public static String of(String title, RenderResult result) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + styleSheet() + "</style>\n</head>\n<body>\n"
                + "<main class=\"td-content\">\n" + result.html() + "</main>\n</body>\n</html>\n";
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
