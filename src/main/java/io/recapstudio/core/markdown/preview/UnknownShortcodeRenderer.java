package io.recapstudio.core.markdown.preview;

import static io.recapstudio.core.markdown.Html.escape;

import io.recapstudio.core.markdown.ShortcodeContext;
import io.recapstudio.core.markdown.ShortcodeInvocation;
import io.recapstudio.core.markdown.ShortcodeRenderer;
import java.util.Map;

/**
 * A shortcode the preview cannot imitate (a site's own, {@code gist}, …): a labelled box with its name and
 * arguments, and its inner content rendered, so the author still sees what goes in.
 */
final class UnknownShortcodeRenderer implements ShortcodeRenderer {

    @Override
    public String render(ShortcodeInvocation call, ShortcodeContext context) {
        StringBuilder html = new StringBuilder("<div class=\"rs-shortcode\" data-shortcode=\"")
                .append(escape(call.name())).append("\"><div class=\"rs-shortcode-label\">Shortcode <code>")
                .append(escape(call.name())).append("</code> (shown by the site, not by the preview)</div>");
        if (!call.positional().isEmpty() || !call.named().isEmpty()) {
            html.append("<ul class=\"rs-shortcode-args\">");
            for (int i = 0; i < call.positional().size(); i++) {
                html.append("<li><span class=\"rs-arg-name\">").append(i).append("</span> ")
                        .append(escape(call.positional().get(i))).append("</li>");
            }
            for (Map.Entry<String, String> argument : call.named().entrySet()) {
                html.append("<li><span class=\"rs-arg-name\">").append(escape(argument.getKey())).append("</span> ")
                        .append(escape(argument.getValue())).append("</li>");
            }
            html.append("</ul>");
        }
        if (call.inner().filter(inner -> !inner.isBlank()).isPresent()) {
            html.append("<div class=\"rs-shortcode-inner\">\n").append(context.markdownify(call.inner().orElse("")))
                    .append("\n</div>");
        }
        return html.append("</div>").toString();
    }
}
