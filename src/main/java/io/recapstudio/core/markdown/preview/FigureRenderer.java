package io.recapstudio.core.markdown.preview;

import io.recapstudio.core.text.RuleId;
import static io.recapstudio.core.markdown.Html.escape;

import io.recapstudio.core.markdown.ShortcodeContext;
import io.recapstudio.core.markdown.ShortcodeException;
import io.recapstudio.core.markdown.ShortcodeInvocation;
import io.recapstudio.core.markdown.ShortcodeRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hugo's built-in {@code figure} (0.111): an image with optional link, title, caption and attribution, all
 * arguments named. The caption and attribution go through markdownify.
 */
final class FigureRenderer implements ShortcodeRenderer {

    @Override
    public String render(ShortcodeInvocation call, ShortcodeContext context) throws ShortcodeException {
        String src = call.get("src").orElseThrow(() -> new ShortcodeException(RuleId.FIGURE_ARGUMENTS.id(),
                "figure needs src=\"IMAGE\": {{< figure src=\"photo.jpg\" caption=\"…\" >}}"));
        checkLocalImage(src, context);
        StringBuilder html = new StringBuilder("<figure");
        call.get("class").ifPresent(c -> html.append(" class=\"").append(escape(c)).append('"'));
        html.append('>');
        Optional<String> link = call.get("link");
        link.ifPresent(href -> {
            html.append("<a href=\"").append(escape(href)).append('"');
            call.get("target").ifPresent(t -> html.append(" target=\"").append(escape(t)).append('"'));
            call.get("rel").ifPresent(r -> html.append(" rel=\"").append(escape(r)).append('"'));
            html.append('>');
        });
        html.append("<img src=\"").append(escape(src)).append('"');
        Optional<String> alt = call.get("alt").or(() -> call.get("caption").map(c -> plain(context.markdownify(c))));
        alt.ifPresent(a -> html.append(" alt=\"").append(escape(a)).append('"'));
        call.get("width").ifPresent(w -> html.append(" width=\"").append(escape(w)).append('"'));
        call.get("height").ifPresent(h -> html.append(" height=\"").append(escape(h)).append('"'));
        html.append("/>");
        link.ifPresent(href -> html.append("</a>"));
        appendCaption(html, call, context);
        return html.append("\n</figure>").toString();
    }

    private static void appendCaption(StringBuilder html, ShortcodeInvocation call, ShortcodeContext context) {
        Optional<String> title = call.get("title");
        Optional<String> caption = call.get("caption");
        Optional<String> attr = call.get("attr");
        if (title.isEmpty() && caption.isEmpty() && attr.isEmpty()) {
            return;
        }
        html.append("<figcaption>\n");
        title.ifPresent(t -> html.append("<h4>").append(escape(t)).append("</h4>"));
        if (caption.isPresent() || attr.isPresent()) {
            html.append("<p>").append(caption.map(context::markdownify).orElse(""));
            call.get("attrlink").ifPresent(href -> html.append("\n<a href=\"").append(escape(href)).append("\">"));
            html.append(attr.map(context::markdownify).orElse(""));
            call.get("attrlink").ifPresent(href -> html.append("</a>"));
            html.append("</p>");
        }
        html.append("\n</figcaption>");
    }

    /** Hugo's {@code plainify}: the text without tags. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "");
    }

    private static void checkLocalImage(String src, ShortcodeContext context) throws ShortcodeException {
        if (src.matches("(?i)^([a-z][a-z0-9+.-]*:|//|/).*") || context.bundleDir().isEmpty()) {
            return;
        }
        Path file = context.bundleDir().get().resolve(src.replaceAll("[?#].*$", "")).normalize();
        if (!Files.isRegularFile(file)) {
            throw new ShortcodeException(RuleId.FIGURE_MISSING_IMAGE.id(), "figure shows \"" + src
                    + "\", which is not in the bundle: add the file or fix src (the site would show a broken image)");
        }
    }
}
