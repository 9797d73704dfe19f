package io.recapstudio.core.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One self-contained HTML document for a rendered post, as {@code recap render} writes it: the preview's style
 * sheet inlined, images embedded as {@code data:} URIs (render with {@link RenderOptions#standalone()}), and the
 * same Content-Security-Policy as the preview so that opening it loads nothing from the network.
 */
public final class StandaloneDocument {

    /** The preview's style sheet; one look for the app's preview and the standalone document. */
    private static final String STYLE_SHEET = "/io/recapstudio/ui/preview/preview.css";

    private StandaloneDocument() {
    }

    /** The document for {@code result}, titled {@code title}. */
    public static String of(String title, RenderResult result) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                + "style-src 'unsafe-inline'\">\n"
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
