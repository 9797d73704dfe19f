package io.recapstudio.core.check;

import io.recapstudio.core.markdown.ImageReferences;
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
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import io.recapstudio.core.workspace.SiteContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every check rule reads: the bundle and its post, the model of its site ({@link SiteContext}: index, shortcode
 * catalog, schema; shared by every post checked in that site), and the parsed shortcodes. Derived views are computed
 * once, on first use. Not thread-safe: one context per check run (the site context is shared and thread-safe).
 */
public final class CheckContext {

    private final PageBundle bundle;
    private final SiteContext site;
    private final List<Path> alsoSelf;
    private LineIndex lines;
    private ShortcodeDocument shortcodes;
    private List<ImageReferences.Reference> images;
    /** The checker's finder, which remembers the pieces of earlier checks; null: parse the body whole. */
    private ImageReferences imageFinder;

    private CheckContext(PageBundle bundle, SiteContext site, List<Path> alsoSelf) {
        this.bundle = bundle;
        this.site = site;
        this.alsoSelf = List.copyOf(alsoSelf);
    }

    /** A context for {@code bundle} in its site (the shared model of the site: index, catalog, schema). */
    public static CheckContext of(PageBundle bundle, SiteContext site) {
        return new CheckContext(bundle, site, List.of());
    }

    /** A context for {@code bundle}, with the site's catalog when {@code site} is given, else the built-ins. */
    public static CheckContext of(PageBundle bundle, Optional<Site> site) {
        return of(bundle, site.map(SiteContext::of).orElse(SiteContext.none()));
    }

    /**
     * This context, with {@code file} also counting as the post itself: the bundle an export is about to replace is
     * the post's earlier copy, not another page with the same url or slug.
     */
    public CheckContext replacing(Path file) {
        List<Path> more = new ArrayList<>(alsoSelf);
        more.add(file);
        return new CheckContext(bundle, site, more);
    }

    /** The files that are this post: its own file and any copy it replaces. */
    public List<Path> selfFiles() {
        List<Path> all = new ArrayList<>(alsoSelf);
        all.add(0, postFile());
        return all;
    }

    /** The model of the post's site ({@link SiteContext#none()} outside one). */
    public SiteContext siteContext() {
        return site;
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
        return site.site();
    }

    /** The site's index of existing posts (built once per site, on first use), when a site is known. */
    public Optional<SiteIndex> siteIndex() {
        return site.index();
    }

    public ShortcodeCatalog catalog() {
        return site.catalog();
    }

    /** The shortcode calls of the post's body, paired with the catalog's knowledge of which take inner content. */
    public ShortcodeDocument shortcodes() {
        if (shortcodes == null) {
            ShortcodeKinds kinds = catalog().orElse(ShortcodeKinds.builtIn());
            shortcodes = ShortcodeParser.parse(text(), post().bodyStart(), text().length(), kinds);
        }
        return shortcodes;
    }

    /**
     * The images the body shows from files as the pipeline's Markdown parser reads it (Markdown images and raw
     * {@code <img>}): one Markdown parse per check, whichever rules ask.
     */
    public List<ImageReferences.Reference> imageReferences() {
        if (images == null) {
            images = imageFinder == null ? ImageReferences.of(text(), post().bodyStart())
                    : imageFinder.find(text(), post().bodyStart());
        }
        return images;
    }

    /** The checker running this context finds image references with {@code finder} (its memory of earlier checks). */
    void findImagesWith(ImageReferences finder) {
        this.imageFinder = finder;
    }

    /** A diagnostic about {@code range} of the post's text, located and naming the post file. */
    public Diagnostic at(TextRange range, Severity severity, RuleId rule, String message) {
        return at(range, severity, rule.id(), message);
    }

    /** Like {@link #at(TextRange, Severity, RuleId, String)}, with a rule's id. */
    public Diagnostic at(TextRange range, Severity severity, String rule, String message) {
        return Diagnostic.at(lines(), range, severity, rule, message).withPath(postFile());
    }
}
