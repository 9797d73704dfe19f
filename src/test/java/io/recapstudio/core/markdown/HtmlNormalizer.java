package io.recapstudio.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;

/**
 * Normalizes HTML for comparing the pipeline's output with Hugo's: both written out again by one HTML parser (the
 * pipeline's sanitiser writes its own markup: entities as characters, comments gone, boolean attributes bare),
 * whitespace between tags, and Hugo's syntax-highlighting spans and inline styles (the preview does not colour code).
 */
final class HtmlNormalizer {

    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");
    private static final Pattern HIGHLIGHT_SPAN = Pattern.compile("</?span(?: style=\"[^\"]*\")?>");
    private static final Pattern PRE_STYLE =
            Pattern.compile("<pre tabindex=\"0\"(?: class=\"chroma\")? style=\"[^\"]*\">");

    private HtmlNormalizer() {
    }

    /** The HTML as jsoup writes the tree it parses from it, without comments. */
    static String canonical(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<Node> comments = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        });
        comments.forEach(Node::remove);
        return document.body().html();
    }

    static String normalize(String html) {
        String out = canonical(html.replace("\r\n", "\n"));
        out = PRE_STYLE.matcher(out).replaceAll("<pre tabindex=\"0\">");
        if (out.contains("class=\"highlight\"")) {
            out = HIGHLIGHT_SPAN.matcher(out).replaceAll("");
        }
        out = BETWEEN_TAGS.matcher(out.strip()).replaceAll("><");
        return out;
    }
}
