package io.recapstudio.core.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Hugo site on disk: its root, merged config, content folders (per language and {@code module.mounts}), sections,
 * existing posts, the Hugo version it pins, and the conventions learned from its posts. Opening reads the config and
 * the version pins only; sections and posts are listed from disk each time they are asked for, the front-matter
 * {@link SiteIndex} when {@link #index(FrontMatterReader)} is called. Immutable; safe to share between threads.
 */
public final class Site {

    private final Path root;
    private final SiteConfig config;
    private final List<ContentRoot> contentRoots;
    private final HugoVersionDetector.Result versions;
    private final Optional<HugoVersionPin> versionPin;
    /** The posts as first listed: a Site is a snapshot of the site when opened; open it again to see changes. */
    private volatile List<ExistingPost> posts;
    private volatile SiteIndex standardIndex;

    private Site(Path root, SiteConfig config, HugoVersion versionOverride) {
        this.root = root;
        this.config = config;
        this.contentRoots = ContentRoots.resolve(root, config);
        this.versions = HugoVersionDetector.detectAll(root, config.values());
        this.versionPin = versionOverride != null ? Optional.of(HugoVersionPin.setting(versionOverride))
                : versions.winner();
    }

    /**
     * Opens the site whose root folder is {@code root}.
     *
     * @throws SiteException with file and line when its config cannot be read, {@link SiteNotFoundException} when
     *                       {@code root} holds no Hugo config
     */
    public static Site open(Path root) {
        return open(root, null);
    }

    /**
     * Opens a site, with a Hugo version set by the user that wins over the site's own pins.
     *
     * @param versionOverride the version to assume, or null to use the site's pin
     */
    public static Site open(Path root, HugoVersion versionOverride) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!SiteConfigLoader.isSiteRoot(absolute)) {
            throw new SiteNotFoundException(absolute);
        }
        return new Site(absolute, SiteConfigLoader.load(absolute), versionOverride);
    }

    public Path root() {
        return root;
    }

    public SiteConfig config() {
        return config;
    }

    /** The folders Hugo reads content from, the default language's first. */
    public List<ContentRoot> contentRoots() {
        return contentRoots;
    }

    /** The Hugo version the site builds with (a user setting, else the site's pin), if known. */
    public Optional<HugoVersionPin> hugoVersionPin() {
        return versionPin;
    }

    /** Shorthand for the pinned version. */
    public Optional<HugoVersion> hugoVersion() {
        return versionPin.map(HugoVersionPin::version);
    }

    /** Every version pin in the site and pin files that could not be read. */
    public HugoVersionDetector.Result versionPins() {
        return versions;
    }

    /** Language codes of the site (empty for a single-language site). */
    public Set<String> languageCodes() {
        return config.languages().stream().map(Language::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Top-level sections, by name, across all content roots. */
    public List<Section> sections() {
        Map<String, List<Section.SectionDir>> byName = new LinkedHashMap<>();
        for (ContentRoot cr : contentRoots) {
            if (!cr.prefix().isEmpty()) {
                byName.computeIfAbsent(cr.prefix().split("/")[0], k -> new ArrayList<>())
                        .add(new Section.SectionDir(cr.dir(), cr));
                continue;
            }
            for (Path dir : ContentRoots.sectionFolders(cr.dir())) {
                byName.computeIfAbsent(dir.getFileName().toString(), k -> new ArrayList<>())
                        .add(new Section.SectionDir(dir, cr));
            }
        }
        return byName.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Section(e.getKey(), e.getValue())).toList();
    }

    public Optional<Section> section(String name) {
        return sections().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The regular pages of one section, in every language. */
    public List<ExistingPost> posts(String section) {
        Set<String> langs = languageCodes();
        return section(section).map(s -> s.dirs().stream()
                .flatMap(d -> ContentScanner.scanSection(d, s.name(), langs).stream()).toList()).orElse(List.of());
    }

    /** Every regular page of the site. */
    public List<ExistingPost> allPosts() {
        List<ExistingPost> listed = posts;
        if (listed == null) {
            Set<String> langs = languageCodes();
            listed = contentRoots.stream().flatMap(cr -> ContentScanner.scan(cr, langs).stream()).toList();
            posts = listed;
        }
        return listed;
    }

    /** The folder-naming pattern of a section's bundles ({@link BundleNamePattern#SLUG} when it has none). */
    public BundleNamePattern bundleNamePattern(String section) {
        return BundleNamePattern.infer(posts(section).stream().filter(ExistingPost::isBundle)
                .map(ExistingPost::relativeName).toList());
    }

    /**
     * Where new recap posts go by default: the section most page bundles are in (recaps are bundles; a docs section
     * of plain pages should not win over a blog); else {@code blog} or {@code posts} when one exists; else
     * {@code blog}.
     */
    public String defaultSection() {
        Map<String, Long> counts = allPosts().stream().filter(p -> !p.section().isEmpty() && p.isBundle())
                .collect(Collectors.groupingBy(ExistingPost::section, Collectors.counting()));
        Optional<String> busiest = counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
        if (busiest.isPresent()) {
            return busiest.get();
        }
        return section("blog").or(() -> section("posts")).map(Section::name).orElse("blog");
    }

    /**
     * The folder new bundles of a section go into: the section's folder in the default language's content root
     * (created by the caller when it does not exist yet).
     */
    public Path sectionFolderForNewPosts(String section) {
        Optional<Section> existing = section(section);
        if (existing.isPresent()) {
            return existing.get().dirs().get(0).dir();
        }
        ContentRoot main = contentRoots.stream().filter(cr -> cr.prefix().isEmpty()).findFirst()
                .orElse(contentRoots.get(0));
        return main.prefix().isEmpty() ? main.dir().resolve(section) : main.dir();
    }

    /**
     * Theme and module folders present on disk, in Hugo's precedence order (first wins): module imports found under
     * {@code _vendor/} or the themes folder, then {@code theme} entries under the themes folder.
     */
    public List<Path> themeDirs() {
        Set<Path> dirs = new LinkedHashSet<>();
        Path themes = root.resolve(config.themesDir());
        for (ModuleImport imp : config.imports()) {
            if (imp.disabled()) {
                continue;
            }
            String last = imp.path().substring(imp.path().lastIndexOf('/') + 1);
            for (Path candidate : List.of(root.resolve("_vendor").resolve(imp.path()), themes.resolve(imp.path()),
                    themes.resolve(last))) {
                if (Files.isDirectory(candidate)) {
                    dirs.add(candidate.normalize());
                    break;
                }
            }
        }
        for (String theme : config.themes()) {
            Path dir = themes.resolve(theme);
            if (Files.isDirectory(dir)) {
                dirs.add(dir.normalize());
            }
        }
        return new ArrayList<>(dirs);
    }

    /** Builds the front-matter index of every post (tags, authors, keys, urls), reading with {@code reader}. */
    public SiteIndex index(FrontMatterReader reader) {
        return SiteIndex.build(this, reader);
    }

    /** The index, read with the project's one front-matter reader once per {@code Site} (a snapshot of the site). */
    public SiteIndex index() {
        SiteIndex built = standardIndex;
        if (built == null) {
            built = index(FrontMatterReader.standard());
            standardIndex = built;
        }
        return built;
    }

    /** A readable one-line summary, e.g. for {@code --verbose} output. */
    @Override
    public String toString() {
        return "Hugo site " + root + " (" + config.title().orElse("untitled") + ", Hugo "
                + versionPin.map(HugoVersionPin::toString).orElse("version unknown") + ")";
    }

    /** The offset used for new dates when the site's posts do not show one: this machine's current offset. */
    static ZoneOffset localOffset() {
        return java.time.ZonedDateTime.now().getOffset();
    }
}
