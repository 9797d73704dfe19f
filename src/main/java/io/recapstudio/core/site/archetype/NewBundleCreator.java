package io.recapstudio.core.site.archetype;

import io.recapstudio.core.site.BundleNamePattern;
import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterDate;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.SiteDateStyle;
import io.recapstudio.core.site.FrontMatterReader;
import io.recapstudio.core.site.PermalinkPage;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Creates a new page bundle in a site: in the section's folder (the default language's), named by the section's
 * {@link BundleNamePattern}, from the site's archetype ({@link Archetype#find}) or, without one, by the conventions of
 * the section's posts ({@link SectionConventions}: their format, keys, order, date style, url pattern, resources
 * block and layout), or, in a section without posts, with YAML front matter {@code title}, {@code date} (in the
 * site's usual style and offset) and {@code draft: true}. The front matter's title is always the one asked for.
 * Never overwrites; the bundle appears at once, complete (written in a temporary folder beside it, then renamed).
 */
public final class NewBundleCreator {

    private final Site site;
    private final Clock clock;

    public NewBundleCreator(Site site, Clock clock) {
        this.site = site;
        this.clock = clock;
    }

    /**
     * Works out the bundle without writing anything.
     *
     * @throws IllegalArgumentException for a date that cannot be read or a title that gives an empty slug
     * @throws ArchetypeException       for an archetype that cannot be evaluated or gives broken front matter
     * @throws BundleExistsException     when the bundle folder already exists
     */
    public NewBundlePlan plan(NewBundleRequest request) {
        String section = request.section() != null ? request.section() : site.defaultSection();
        SiteDateStyle style = site.index().dateStyle();
        ZonedDateTime date = date(request.date(), style);
        String slug = site.config().slugs().urlize(request.title());
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("the title \"" + request.title() + "\" gives an empty URL slug; "
                    + "use some letters or digits");
        }
        Path sectionDir = site.sectionFolderForNewPosts(section);
        String folder = site.bundleNamePattern(section).apply(date.withZoneSameInstant(style.offset())
                .toLocalDate(), slug);
        Path bundleDir = sectionDir.resolve(folder).normalize();
        if (!bundleDir.startsWith(sectionDir)) {
            throw new IllegalArgumentException("the folder " + folder + " would leave the section folder");
        }
        if (Files.exists(bundleDir)) {
            throw new BundleExistsException(bundleDir);
        }
        Optional<Archetype> archetype = Archetype.find(site, section);
        String contentPath = site.root().relativize(bundleDir).toString().replace('\\', '/');
        contentPath = contentPath.substring(contentPath.indexOf('/') + 1) + "/index.md";
        ZonedDateTime local = date.withZoneSameInstant(style.offset());
        if (archetype.isPresent()) {
            ArchetypeContext context = new ArchetypeContext(request.title(), bundleDir.getFileName().toString(),
                    section, local, ZonedDateTime.now(clock), contentPath, site.config(),
                    site.config().defaultContentLanguage());
            return new NewBundlePlan(bundleDir, section, folder, archetype, fromArchetype(archetype.get(), context),
                    "the archetype " + site.root().relativize(archetype.get().path()).toString().replace('\\', '/'),
                    List.of());
        }
        Optional<SectionConventions> learnt = SectionConventions.learn(site, section);
        if (learnt.isEmpty()) {
            return new NewBundlePlan(bundleDir, section, folder, archetype, Map.of(PageBundle.INDEX,
                    defaultIndex(request.title(), date, style).getBytes(StandardCharsets.UTF_8)),
                    "Hugo's defaults (the section has no archetype and no posts to learn from)", List.of());
        }
        SectionConventions conventions = learnt.get().withExemplar(style.format(local));
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        String folders = section + (folder.contains("/") ? "/" + folder.substring(0, folder.lastIndexOf('/')) : "");
        String url = UrlPatterns.urlFor(site.config().permalinks(), conventions, new PermalinkPage(section,
                request.title(), null, null, local, name, folders));
        List<String> taxonomies = site.config().taxonomies().values().stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
        ConventionalFrontMatter.Result written = new ConventionalFrontMatter(conventions,
                new ConventionalFrontMatter.Facts(request.title(), local, style, slug, url, request.author(),
                        taxonomies)).write();
        if (!FrontMatter.parse(written.text()).isValid()) {
            return new NewBundlePlan(bundleDir, section, folder, archetype, Map.of(PageBundle.INDEX,
                    defaultIndex(request.title(), date, style).getBytes(StandardCharsets.UTF_8)),
                    "Hugo's defaults (the section's conventions gave front matter that does not parse)", List.of());
        }
        return new NewBundlePlan(bundleDir, section, folder, archetype, Map.of(PageBundle.INDEX,
                written.text().getBytes(StandardCharsets.UTF_8)), "the conventions of the "
                + conventions.samples().size() + " posts in " + section + " (it has no archetype)", written.notes());
    }

    /**
     * Writes a plan: creates the bundle folder with all its files at once.
     *
     * @throws IOException when writing fails (nothing is left behind) or the folder appeared meanwhile
     */
    public Path write(NewBundlePlan plan) throws IOException {
        Path parent = plan.bundleDir().getParent();
        List<Path> created = createParents(parent);
        Path temp = parent.resolve(".recap-new-" + UUID.randomUUID());
        try {
            Files.createDirectory(temp);
            for (Map.Entry<String, byte[]> f : plan.files().entrySet()) {
                Path target = temp.resolve(f.getKey()).normalize();
                if (!target.startsWith(temp)) {
                    throw new IOException("refusing to write " + f.getKey() + " outside the bundle");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
            if (Files.exists(plan.bundleDir())) {
                throw new IOException(plan.bundleDir() + " appeared while the bundle was being written; "
                        + "nothing was changed");
            }
            Files.move(temp, plan.bundleDir(), StandardCopyOption.ATOMIC_MOVE);
            return plan.indexFile();
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(temp);
                for (int i = created.size() - 1; i >= 0; i--) {
                    Files.deleteIfExists(created.get(i));
                }
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static List<Path> createParents(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
        }
        return missing;
    }

    private ZonedDateTime date(String text, SiteDateStyle style) {
        if (text == null) {
            return ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).withZoneSameInstant(style.offset());
        }
        FrontMatterDate parsed = FrontMatterDate.parse(text).orElseThrow(() -> new IllegalArgumentException("cannot"
                + " read the date \"" + text + "\"; write it as 2024-05-06, 2024-05-06T10:00 or"
                + " 2024-05-06 10:00:00+02:00"));
        return parsed.value() instanceof java.time.OffsetDateTime odt ? odt.toZonedDateTime()
                : parsed.toOffsetDateTime(style.offset()).toZonedDateTime();
    }

    private static String defaultIndex(String title, ZonedDateTime date, SiteDateStyle style) {
        return "---\ntitle: " + TitleLine.doubleQuoted(title) + "\ndate: " + style.format(date)
                + "\ndraft: true\n---\n\n";
    }

    private Map<String, byte[]> fromArchetype(Archetype archetype, ArchetypeContext context) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!archetype.directory()) {
            files.put(PageBundle.INDEX, render(archetype.path(), context, true));
            return files;
        }
        Path index = archetype.path().resolve(PageBundle.INDEX);
        if (!Files.isRegularFile(index)) {
            throw new ArchetypeException(archetype.path(), 0, "this bundle archetype has no index.md; add one");
        }
        try (Stream<Path> walk = Files.walk(archetype.path())) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = archetype.path().relativize(f).toString().replace('\\', '/');
                files.put(rel, rel.endsWith(".md") ? render(f, context, rel.equals(PageBundle.INDEX)) : Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new SiteException(archetype.path(), 0, "cannot read the archetype: " + e.getMessage(), e);
        }
        return files;
    }

    private byte[] render(Path file, ArchetypeContext context, boolean isIndex) {
        String template;
        try {
            template = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteException(file, 0, "cannot read the archetype: " + e.getMessage(), e);
        }
        String text = ArchetypeTemplate.parse(template, file).render(context);
        if (isIndex) {
            text = TitleLine.set(text, context.title());
            checkFrontMatter(file, text);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void checkFrontMatter(Path archetype, String text) {
        try {
            FrontMatterReader.standard().read(archetype, text);
        } catch (SiteException e) {
            throw new ArchetypeException(archetype, 0, "the archetype gives front matter that does not parse ("
                    + e.detail() + "); fix the archetype");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
