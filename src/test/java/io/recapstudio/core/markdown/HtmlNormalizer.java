package io.recapstudio.core.markdown;

import java.util.regex.Pattern;

/**
 * Normalizes HTML for comparing the pipeline's output with Hugo's: whitespace between tags, Go's numeric entities
 * for quotes, and Hugo's syntax-highlighting spans and inline styles (the preview does not colour code).
 */
final class HtmlNormalizer {

    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");
    private static final Pattern HIGHLIGHT_SPAN = Pattern.compile("</?span(?: style=\"[^\"]*\")?>");
    private static final Pattern PRE_STYLE =
            Pattern.compile("<pre tabindex=\"0\"(?: class=\"chroma\")? style=\"[^\"]*\">");

    private HtmlNormalizer() {
    }

    static String normalize(String html) {
        String out = html.replace("\r\n", "\n");
        out = PRE_STYLE.matcher(out).replaceAll("<pre tabindex=\"0\">");
        if (out.contains("class=\"highlight\"")) {
            out = HIGHLIGHT_SPAN.matcher(out).replaceAll("");
        }
        out = out.replace("&#34;", "&quot;").replace("&#39;", "'");
        out = BETWEEN_TAGS.matcher(out.strip()).replaceAll("><");
        return out;
    }
}
