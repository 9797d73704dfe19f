package io.recapstudio.core.workspace;

import io.recapstudio.core.frontmatter.schema.FrontMatterSchema;
import io.recapstudio.core.markdown.preview.SiteRendering;
import io.recapstudio.core.shortcode.ShortcodeKinds;
import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.site.HugoVersion;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.site.SiteIndex;
import io.recapstudio.core.site.SiteLocator;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The one model of the site a post belongs to: the {@link Site} (config, content roots, Hugo version), and, built on
 * first use and then shared, its {@link SiteIndex}, {@link ShortcodeCatalog}, {@link FrontMatterSchema} and
 * {@link SiteRendering}. The preview, palette, smart paste, form, checks and export all read the same context, so
 * they never disagree about the site; nobody else opens the site.
 *
 * <p>Loading ({@link #around(Path)}) reads only the site's config; the heavier parts are computed lazily, once,
 * whichever thread asks first (the others wait for that result). Call it off the FX thread. A post outside any site
 * has {@link #none()}; a site whose config cannot be read gives a context without a site whose {@link #problem()}
 * says why. Thread-safe and immutable once loaded; open a new context to see the site's later changes.
 */
public final class SiteContext {

    private static final SiteContext NONE = new SiteContext(null, null, null);

    private final Site site;
    private final Path root;
    private final String problem;
    private final Lazy<SiteIndex> index;
    private final Lazy<ShortcodeCatalog> catalog;
    private final Lazy<SiteRendering> rendering;
    private final Map<Path, FrontMatterSchema> schemas = new ConcurrentHashMap<>();

    private SiteContext(Site site, Path root, String problem) {
        this.site = site;
        this.root = root;
        this.problem = problem;
        this.index = new Lazy<>(() -> site == null ? null : site.index());
        this.catalog = new Lazy<>(() -> site == null ? ShortcodeCatalog.builtins() : ShortcodeCatalog.forSite(site));
        this.rendering = new Lazy<>(() -> {
            if (site == null) {
                return problem == null ? SiteRendering.standalone()
                        : new SiteRendering(Optional.empty(), true, ShortcodeKinds.builtIn(), Optional.of(problem));
            }
            return new SiteRendering(Optional.of(site), site.config().unsafeHtml(), catalog(), Optional.empty());
        });
    }

    /** The context of a post that belongs to no site: built-in catalog and schema, default rendering. */
    public static SiteContext none() {
        return NONE;
    }

    /** The context of an opened site. */
    public static SiteContext of(Site site) {
        return new SiteContext(Objects.requireNonNull(site), site.root(), null);
    }

    /**
     * The context of the site found by walking up from {@code path} (a post file, a bundle folder or any folder
     * inside a site); {@link #none()} when there is none. Never throws for a broken site config: the context then has
     * no site and {@link #problem()} says what is wrong and where.
     */
    public static SiteContext around(Path path) {
        if (path == null) {
            return NONE;
        }
        Optional<Path> found = SiteLocator.findRoot(path.toAbsolutePath());
        return found.map(SiteContext::open).orElse(NONE);
    }

    /** The context of the site whose root is {@code root}, or a context that says why it cannot be read. */
    public static SiteContext open(Path root) {
        try {
            return of(Site.open(root));
        } catch (SiteException e) {
            return new SiteContext(null, root.toAbsolutePath().normalize(),
                    "The site at " + root + " could not be read (" + e.getMessage()
                            + "); the built-in shortcodes and settings are used.");
        }
    }

    public Optional<Site> site() {
        return Optional.ofNullable(site);
    }

    /** The site's root folder: also for a site that was found but could not be read. */
    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }

    /** Why the site around the post could not be read, if it could not. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The Hugo version the site builds with (its pin), if known. */
    public Optional<HugoVersion> hugoVersion() {
        return site().flatMap(Site::hugoVersion);
    }

    /** The index of the site's posts (built on first use), when there is a site. */
    public Optional<SiteIndex> index() {
        return Optional.ofNullable(index.get());
    }

    /** The shortcode catalog: the site's (built-ins, themes, site templates, catalog file), else the built-ins. */
    public ShortcodeCatalog catalog() {
        return catalog.get();
    }

    /** What the site changes in rendering (raw HTML, paired shortcodes). */
    public SiteRendering rendering() {
        return rendering.get();
    }

    /**
     * The front-matter schema for {@code self} (a post file, may be null): the built-in one refined by the site's
     * other posts and its {@code .recap/frontmatter.yaml}; the built-in one outside a site.
     */
    public FrontMatterSchema schema(Path self) {
        if (site == null) {
            return FrontMatterSchema.builtIn();
        }
        Path key = self == null ? root : self.toAbsolutePath().normalize();
        return schemas.computeIfAbsent(key, k -> FrontMatterSchema.forSite(root, index.get(), self));
    }

    @Override
    public String toString() {
        return site != null ? site.toString() : problem != null ? problem : "no site";
    }

    /** A value computed once, by the first thread that asks; the others wait for it. */
    private static final class Lazy<T> {
        private final Supplier<T> compute;
        private volatile boolean done;
        private T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            if (!done) {
                synchronized (this) {
                    if (!done) {
                        value = compute.get();
                        done = true;
                    }
                }
            }
            return value;
        }
    }
}
