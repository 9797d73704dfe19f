package io.recapstudio.core.markdown.preview;

import static io.recapstudio.core.markdown.Html.escape;

import io.recapstudio.core.markdown.ShortcodeContext;
import io.recapstudio.core.markdown.ShortcodeInvocation;
import io.recapstudio.core.markdown.ShortcodeRenderer;
import java.util.Locale;

/**
 * Theme call-outs: Docsy's {@code alert} ({@code title}, {@code color}, default primary) and the {@code note},
 * {@code warning}, {@code tip} and {@code info} boxes of other themes; the inner content goes through markdownify.
 */
final class CalloutRenderer implements ShortcodeRenderer {

    private final String defaultColor;
    private final String defaultTitle;

    private CalloutRenderer(String defaultColor, String defaultTitle) {
        this.defaultColor = defaultColor;
        this.defaultTitle = defaultTitle;
    }

    /** Docsy's alert: no title unless given. */
    static CalloutRenderer alert() {
        return new CalloutRenderer("primary", null);
    }

    /** A named box ({@code note}, {@code warning}, …) titled with its name unless given a title. */
    static CalloutRenderer named(String name, String color) {
        return new CalloutRenderer(color, name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
    }

    @Override
    public String render(ShortcodeInvocation call, ShortcodeContext context) {
        String color = call.get("color").orElse(defaultColor).replaceAll("[^\\w-]", "");
        String title = call.get("title").orElse(defaultTitle);
        StringBuilder html = new StringBuilder("<div class=\"alert alert-").append(color)
                .append("\" role=\"alert\">\n");
        if (title != null && !title.isEmpty()) {
            html.append("<h4 class=\"alert-heading\">").append(escape(title)).append("</h4>\n");
        }
        return html.append(context.markdownify(call.inner().orElse(""))).append("\n</div>").toString();
    }
}
