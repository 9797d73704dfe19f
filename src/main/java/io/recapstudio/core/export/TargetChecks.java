package io.recapstudio.core.export;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.ContentRoot;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteConfigLoader;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an export may write: a section name that is a folder name (not a path out of the site), a bundle folder
 * inside the site's content folder after every symbolic link, never the post's own folder, and an existing folder
 * replaced only when it is a page bundle ({@code index.md} and its resources, nothing that looks like a project).
 */
final class TargetChecks {

    /** Files and folders that make a folder a project or a site rather than a page bundle. */
    private static final Set<String> PROJECT_MARKERS = Set.of(".git", ".hg", ".svn", "package.json", "go.mod",
            "pom.xml", "build.gradle", "build.gradle.kts", "Cargo.toml", "Makefile", "node_modules");
    /** A bundle holding more entries than this is not what an export wrote. */
    private static final int MAX_BUNDLE_ENTRIES = 10_000;
    private static final Pattern SEGMENT = Pattern.compile("[^/\\\\:\\p{Cntrl}]+");

    private TargetChecks() {
    }

    /**
     * The section name as a relative folder path of plain names ({@code blog}, {@code news/2026}).
     *
     * @throws ExportException for an absolute path, {@code ..}, {@code .}, a backslash, a drive or control characters
     */
    static String section(String name) {
        String stripped = name.strip();
        boolean plain = !stripped.isEmpty() && !stripped.startsWith("/") && !stripped.endsWith("/");
        for (String segment : stripped.split("/", -1)) {
            plain &= SEGMENT.matcher(segment).matches() && !segment.equals(".") && !segment.equals("..");
        }
        if (!plain) {
            throw new ExportException("the section \"" + name + "\" is not a folder name inside the site's content"
                    + " folder; give a section such as blog or posts, without .., / at the start or a drive");
        }
        return stripped;
    }

    /**
     * Refuses a bundle folder that is not inside one of the site's content folders once every symbolic link is
     * followed (a section folder that is a link out of the site, say). A content folder that is itself a link is
     * fine: the bundle goes where it leads.
     */
    static void insideContent(Site site, Path bundleDir) {
        Path real = realPath(bundleDir);
        List<Path> roots = site.contentRoots().stream().map(ContentRoot::dir).toList();
        for (Path root : roots) {
            Path realRoot = realPath(root);
            if (real.startsWith(realRoot) && !real.equals(realRoot)) {
                return;
            }
        }
        throw new ExportException("the bundle folder " + bundleDir + " would be outside the site's content folder "
                + roots.get(0) + (real.equals(bundleDir) ? "" : " (it leads to " + real + ")")
                + "; choose another section or folder name");
    }

    /**
     * Refuses a target that is the post's own folder, holds it, or lies inside it (for a single {@code .md} file: a
     * target holding the file).
     */
    static void notTheSource(PageBundle bundle, Path target) {
        Path realTarget = realPath(target);
        Path source = realPath(bundle.isSingleFile() ? bundle.indexFile() : bundle.folder());
        boolean clash = bundle.isSingleFile() ? source.startsWith(realTarget)
                : source.startsWith(realTarget) || realTarget.startsWith(source);
        if (clash) {
            throw new ExportException("cannot export " + source + " to " + target + ": "
                    + (source.startsWith(realTarget) ? "that folder holds the post itself"
                    : "that folder is inside the post's own bundle")
                    + "; choose a folder outside the post's folder");
        }
    }

    /**
     * Why the existing, non-empty folder {@code dir} may not be replaced by an export, or null when it is a page
     * bundle: an {@code index.md} at its top and only resources below, no repository, no project or site config,
     * no folder that is another page.
     */
    static String whyNotReplaceable(Path dir) {
        if (Files.isSymbolicLink(dir)) {
            return "it is a symbolic link";
        }
        if (!Files.isRegularFile(dir.resolve(PageBundle.INDEX), LinkOption.NOFOLLOW_LINKS)) {
            return "it holds no " + PageBundle.INDEX + ", so it is not a page bundle";
        }
        String[] why = new String[1];
        int[] entries = new int[1];
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                    why[0] = folder.equals(dir) ? notABundleTop(folder) : notABundleFolder(dir, folder);
                    return next();
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (PROJECT_MARKERS.contains(name)) {
                        why[0] = "it holds " + dir.relativize(file) + ", like a project, not a page bundle";
                    }
                    return next();
                }

                private FileVisitResult next() {
                    if (why[0] == null && ++entries[0] > MAX_BUNDLE_ENTRIES) {
                        why[0] = "it holds more than " + MAX_BUNDLE_ENTRIES + " files and folders";
                    }
                    return why[0] == null ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }
            });
        } catch (IOException e) {
            return "it cannot be read (" + e.getMessage() + ")";
        }
        return why[0];
    }

    private static String notABundleTop(Path dir) {
        if (Files.exists(dir.resolve(PageBundle.BRANCH_INDEX))) {
            return "it holds " + PageBundle.BRANCH_INDEX + ", so it is a section, not a page bundle";
        }
        return SiteConfigLoader.isSiteRoot(dir) ? "it holds a Hugo site's config" : null;
    }

    private static String notABundleFolder(Path bundle, Path folder) {
        String relative = bundle.relativize(folder).toString();
        if (PROJECT_MARKERS.contains(folder.getFileName().toString())) {
            return "it holds " + relative + ", like a project, not a page bundle";
        }
        if (Files.exists(folder.resolve(PageBundle.INDEX)) || Files.exists(folder.resolve(PageBundle.BRANCH_INDEX))) {
            return "its folder " + relative + " is another page";
        }
        return SiteConfigLoader.isSiteRoot(folder) ? "its folder " + relative + " holds a Hugo site's config" : null;
    }

    /** The real path of {@code path}: its nearest existing folder with every link followed, plus the rest. */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
