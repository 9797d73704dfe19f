package io.recapstudio.core.site.archetype;

import io.recapstudio.core.frontmatter.FrontMatterDate;
import io.recapstudio.core.site.PermalinkPage;
import io.recapstudio.core.site.Permalinks;
import io.recapstudio.core.site.SiteDateStyle;
import io.recapstudio.core.site.archetype.SectionConventions.Sample;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code url} a new post gets when the section's posts write one: the site's permalink pattern for the section
 * when it has one; else the pattern the posts' own urls follow (by their folders: {@code /blog/2022/05/…/} is
 * {@code /:section/:year/:month/:slug/}); else Hugo's default path.
 */
final class UrlPatterns {

    private static final List<String> CANDIDATES = List.of("/:section/:year/:month/:day/:slug/",
            "/:section/:year/:month/:slug/", "/:section/:year/:slug/", "/:section/:slug/", "/:year/:month/:day/:slug/",
            "/:year/:month/:slug/", "/:year/:slug/", "/:slug/");

    private UrlPatterns() {
    }

    static String urlFor(Permalinks permalinks, SectionConventions conventions, PermalinkPage page) {
        if (permalinks.patternForPage(page.sectionPath(), page.contentBaseName()).isPresent()) {
            return permalinks.pathFor(page);
        }
        return learnt(permalinks, conventions.samples()).map(p -> permalinks.expand(p, page))
                .orElseGet(() -> permalinks.pathFor(page));
    }

    /** The candidate pattern that gives the folders of most posts' urls, if one gives at least half of them. */
    static Optional<String> learnt(Permalinks permalinks, List<Sample> samples) {
        String best = null;
        int bestCount = 0;
        int withUrl = 0;
        for (Sample s : samples) {
            withUrl += s.value("url").filter(u -> u instanceof String).isPresent() ? 1 : 0;
        }
        for (String candidate : CANDIDATES) {
            int count = 0;
            for (Sample s : samples) {
                Optional<String> url = s.value("url").filter(u -> u instanceof String).map(String.class::cast);
                Optional<ZonedDateTime> date = s.value("date").map(v -> v instanceof FrontMatterDate d ? d.raw()
                        : String.valueOf(v)).flatMap(SiteDateStyle::parse);
                if (url.isEmpty() || date.isEmpty()) {
                    continue;
                }
                PermalinkPage page = new PermalinkPage(s.post().sectionPath(), "x", "x", null, date.get(),
                        s.post().contentBaseName());
                if (folders(permalinks.expand(candidate, page)).equals(folders(url.get()))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return bestCount * 2 >= withUrl && best != null ? Optional.of(best) : Optional.empty();
    }

    /** The url without its last segment, lower case: {@code /blog/2022/05/wrap-up/} → {@code /blog/2022/05}. */
    private static String folders(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        u = u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
        int slash = u.lastIndexOf('/');
        return slash < 0 ? "" : u.substring(0, slash);
    }
}
