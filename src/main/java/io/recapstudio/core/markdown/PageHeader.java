package io.recapstudio.core.markdown;

import io.recapstudio.core.frontmatter.FrontMatter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The top of a blog post as Docsy shows it above the content: the title, the description as a lead paragraph, and a
 * byline with the author and the date ({@code Monday, January 2, 2006} style). Not part of Hugo's {@code .Content};
 * the preview shows it so the page reads as the site's does.
 */
final class PageHeader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);

    private PageHeader() {
    }

    /** The header's HTML, or empty when the front matter has no title. */
    static Optional<String> html(FrontMatter frontMatter, RenderJob job) {
        Optional<String> title = frontMatter.title().filter(t -> !t.isBlank());
        if (title.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder html = new StringBuilder("<header class=\"rs-page-header\">\n<h1>")
                .append(Html.escape(title.get())).append("</h1>\n");
        frontMatter.description().filter(d -> !d.isBlank())
                .ifPresent(d -> html.append("<div class=\"lead\">").append(job.markdownify(d)).append("</div>\n"));
        String authors = String.join(", ", frontMatter.authors());
        Optional<String> date = frontMatter.date().map(d -> d.localDate().format(DATE));
        if (!authors.isEmpty() || date.isPresent()) {
            html.append("<div class=\"td-byline\">");
            if (!authors.isEmpty()) {
                html.append("By <b>").append(Html.escape(authors)).append("</b>").append(date.isPresent() ? " | " : "");
            }
            date.ifPresent(d -> html.append("<time>").append(Html.escape(d)).append("</time>"));
            html.append("</div>\n");
        }
        return Optional.of(html.append("</header>").toString());
    }
}
