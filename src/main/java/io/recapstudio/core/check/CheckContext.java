package io.recapstudio.core.check;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.post.Post;
import io.recapstudio.core.shortcode.ShortcodeDocument;
import io.recapstudio.core.shortcode.ShortcodeKinds;
import io.recapstudio.core.shortcode.ShortcodeParser;
import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteIndex;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import io.recapstudio.core.workspace.SiteContext;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every check rule reads: the bundle and its post, the site when one is known, the shortcode catalog (the
 * site's when known, else the built-ins) and the parsed shortcodes. Derived views are computed once, on first use.
 * Not thread-safe: one context per check run.
 */
public final class CheckContext {

    private final PageBundle bundle;
    private final Site site;
    private final ShortcodeCatalog catalog;
    private final Supplier<Optional<SiteIndex>> indexSource;
    private LineIndex lines;
    private ShortcodeDocument shortcodes;
    private SiteIndex siteIndex;

    private CheckContext(PageBundle bundle, Site site, ShortcodeCatalog catalog,
                         Supplier<Optional<SiteIndex>> indexSource) {
        this.bundle = bundle;
        this.site = site;
        this.catalog = catalog;
        this.indexSource = indexSource;
    }

    /** A context for {@code bundle}, with the site's catalog when {@code site} is given, else the built-ins. */
    public static CheckContext of(PageBundle bundle, Optional<Site> site) {
        ShortcodeCatalog catalog = site.map(ShortcodeCatalog::forSite).orElseGet(ShortcodeCatalog::builtins);
        return new CheckContext(bundle, site.orElse(null), catalog, () -> site.map(Site::index));
    }

    /**
     * A context for {@code bundle} in a loaded {@link SiteContext}: its catalog and its index are the context's,
     * built once for every check of the post (the editor checks after every pause in typing).
     */
    public static CheckContext of(PageBundle bundle, SiteContext site) {
        return new CheckContext(bundle, site.site().orElse(null), site.catalog(), site::index);
    }

    public PageBundle bundle() {
        return bundle;
    }

    public Post post() {
        return bundle.post();
    }

    public String text() {
        return bundle.post().text();
    }

    /** The file diagnostics about the post's text name. */
    public Path postFile() {
        return bundle.indexFile();
    }

    public LineIndex lines() {
        if (lines == null) {
            lines = LineIndex.of(text());
        }
        return lines;
    }

    public Optional<Site> site() {
        return Optional.ofNullable(site);
    }

    /** The site's index of existing posts (built on first use), when a site is known. */
    public Optional<SiteIndex> siteIndex() {
        if (site != null && siteIndex == null) {
            siteIndex = indexSource.get().orElse(null);
        }
        return Optional.ofNullable(siteIndex);
    }

    public ShortcodeCatalog catalog() {
        return catalog;
    }

    /** The shortcode calls of the post's body, paired with the catalog's knowledge of which take inner content. */
    public ShortcodeDocument shortcodes() {
        if (shortcodes == null) {
            ShortcodeKinds kinds = catalog.orElse(ShortcodeKinds.builtIn());
            shortcodes = ShortcodeParser.parse(text(), post().bodyStart(), text().length(), kinds);
        }
        return shortcodes;
    }

    /** A diagnostic about {@code range} of the post's text, located and naming the post file. */
    public Diagnostic at(TextRange range, Severity severity, String rule, String message) {
        return Diagnostic.at(lines(), range, severity, rule, message).withPath(postFile());
    }
}
