package io.recapstudio.core.export;

import io.recapstudio.core.check.CheckContext;
import io.recapstudio.core.check.Checker;
import io.recapstudio.core.post.BundleResource;
import io.recapstudio.core.post.LineDiff;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.post.Post;
import io.recapstudio.core.site.BundleNamePattern;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Computes an {@link ExportPlan}: the target folder (named from the site's pattern when exporting into a site), the
 * files, what each changes against a bundle already there, and the checks' results in the target site. Reads only.
 */
public final class ExportPlanner {

    private final Checker checker;

    public ExportPlanner(Checker checker) {
        this.checker = checker;
    }

    /** A planner running {@link Checker#standard()}. */
    public static ExportPlanner standard() {
        return new ExportPlanner(Checker.standard());
    }

    /**
     * The target of {@code bundle} in {@code site}: {@code section} (default: the site's recap section) and a folder
     * named by {@code dirPattern} (default: the pattern the section's bundles follow) from the post's date and slug.
     *
     * @throws ExportException when the section is not in the site or the pattern is malformed
     */
    public static ExportTarget siteTarget(Site site, Optional<String> section, Optional<String> dirPattern,
                                          Post post) {
        String name = section.filter(s -> !s.isBlank()).orElseGet(site::defaultSection);
        BundleNamePattern pattern;
        try {
            pattern = dirPattern.map(BundleNamePattern::parse).orElseGet(() -> site.bundleNamePattern(name));
        } catch (IllegalArgumentException e) {
            throw new ExportException(e.getMessage());
        }
        Path sectionDir = site.sectionFolderForNewPosts(name).toAbsolutePath().normalize();
        Path bundleDir = sectionDir.resolve(pattern.apply(dateOf(post), slugOf(site, post))).normalize();
        if (!bundleDir.startsWith(sectionDir) || bundleDir.equals(sectionDir)) {
            throw new ExportException("the bundle folder name for this post would leave the section folder "
                    + sectionDir + "; set a slug in the front matter");
        }
        return new ExportTarget(bundleDir, Optional.of(site), Optional.of(name));
    }

    /** The post's URL slug: its {@code slug}, else its title made a slug by the site's rules. */
    static String slugOf(Site site, Post post) {
        Optional<String> slug = post.frontMatter().slug().filter(s -> !s.isBlank());
        String base = slug.orElseGet(() -> post.frontMatter().title().orElse(""));
        String made = site.config().slugs().urlize(base);
        if (made.isBlank()) {
            throw new ExportException("the post has no title or slug to name its bundle folder from; add a title,"
                    + " or give the folder name (--dir-name or --out)");
        }
        return made;
    }

    private static LocalDate dateOf(Post post) {
        return post.frontMatter().date().map(d -> d.localDate()).orElseGet(LocalDate::now);
    }

    /**
     * Plans the export of {@code bundle} (whose post may be edited; an unedited post is copied byte for byte) to
     * {@code target}.
     *
     * @throws ExportException when the bundle or the target cannot be read
     */
    public ExportPlan plan(PageBundle bundle, ExportTarget target, ExportOptions options) {
        Path dir = target.bundleDir();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportException(dir + " is a file, not a folder; choose a folder for the bundle");
        }
        Path source = bundle.folder().toAbsolutePath().normalize();
        if (!bundle.isSingleFile() && (dir.startsWith(source) || source.startsWith(dir))) {
            throw new ExportException("cannot export " + source + " into " + dir
                    + ": one folder holds the other; choose a folder outside the bundle");
        }
        List<Diagnostic> diagnostics = checker.check(CheckContext.of(bundle, target.site())
                .replacing(dir.resolve(PageBundle.INDEX)));
        boolean exists = isNonEmptyFolder(dir);
        List<PlannedFile> files = new ArrayList<>();
        files.add(postFile(bundle, dir));
        Set<String> planned = new TreeSet<>();
        planned.add(PageBundle.INDEX);
        List<BundleResource> resources = options.onlyReferencedResources()
                ? ReferencedResources.of(bundle) : bundle.resources();
        for (BundleResource resource : resources) {
            Path file = resource.file();
            Integer downscale = Downscale.widthFor(resource, options.maxImageWidth());
            PlannedFile.Change change = downscale == null ? changeOf(file, null, dir.resolve(resource.name()))
                    : Files.exists(dir.resolve(resource.name())) ? PlannedFile.Change.CHANGED : PlannedFile.Change.ADDED;
            files.add(new PlannedFile(resource.name(), Optional.of(file), null, sizeOf(file), change, downscale));
            planned.add(resource.name());
        }
        List<String> removed = exists ? existingNames(dir).stream().filter(n -> !planned.contains(n)).toList()
                : List.of();
        List<ExportPlan.DiffLine> diff = exists ? postDiff(dir.resolve(PageBundle.INDEX), files.get(0)) : List.of();
        return new ExportPlan(bundle, target, options, files, removed, exists, diff, diagnostics);
    }

    private static PlannedFile postFile(PageBundle bundle, Path dir) {
        Post post = bundle.post();
        Path target = dir.resolve(PageBundle.INDEX);
        if (!post.isModified() && post.path() != null && Files.isRegularFile(post.path())) {
            // Untouched: the file's own bytes, whatever they hold.
            Path file = post.path();
            return new PlannedFile(PageBundle.INDEX, Optional.of(file), null, sizeOf(file),
                    changeOf(file, null, target), null);
        }
        byte[] bytes = post.toBytes();
        return new PlannedFile(PageBundle.INDEX, Optional.empty(), bytes, bytes.length, changeOf(null, bytes, target),
                null);
    }

    private static PlannedFile.Change changeOf(Path source, byte[] content, Path existing) {
        if (!Files.isRegularFile(existing)) {
            return PlannedFile.Change.ADDED;
        }
        try {
            if (source != null) {
                return Files.mismatch(source, existing) == -1 ? PlannedFile.Change.UNCHANGED
                        : PlannedFile.Change.CHANGED;
            }
            try (InputStream in = Files.newInputStream(existing)) {
                return Arrays.equals(in.readAllBytes(), content) ? PlannedFile.Change.UNCHANGED
                        : PlannedFile.Change.CHANGED;
            }
        } catch (IOException e) {
            throw new ExportException("cannot read " + existing + " to compare it: " + e.getMessage(), e);
        }
    }

    private static List<ExportPlan.DiffLine> postDiff(Path existing, PlannedFile post) {
        if (!Files.isRegularFile(existing) || post.change() != PlannedFile.Change.CHANGED) {
            return List.of();
        }
        try {
            String before = Files.readString(existing);
            String after = post.fromMemory() ? new String(post.content(), java.nio.charset.StandardCharsets.UTF_8)
                    : Files.readString(post.source().orElseThrow());
            return diff(before.split("\\R", -1), after.split("\\R", -1));
        } catch (IOException e) {
            // Not UTF-8 text: the file list still says it changed; a line diff cannot be shown.
            return List.of();
        }
    }

    /** The lines removed from {@code before} and added in {@code after}, numbered in their own text. */
    static List<ExportPlan.DiffLine> diff(String[] before, String[] after) {
        return LineDiff.changes(before, after).stream()
                .map(c -> new ExportPlan.DiffLine(c.added(), c.line(), c.text())).toList();
    }

    static boolean isNonEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new ExportException("cannot read the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<String> existingNames(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new ExportException("cannot list the existing bundle " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ExportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
