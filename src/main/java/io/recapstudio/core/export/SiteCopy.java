package io.recapstudio.core.export;

import io.recapstudio.core.site.ContentRoot;
import io.recapstudio.core.site.Site;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A throw-away copy of a Hugo site in the system's temporary folder, for building it with a bundle the real site does
 * not have yet. Cheap: files below the top folder are hard links to the site's own (Hugo only reads them), copied
 * only where a link cannot be made (another file system); files at the top (the config, {@code hugo_stats.json}, which
 * Hugo may write) are copied. Symbolic links are followed (a linked folder becomes a folder of the copy), so nothing
 * written into the copy reaches the site through one. Left out: the repository ({@code .git}, …), {@code publishDir}, {@code resourceDir}, the
 * export's own hidden leftovers and the folder the new bundle replaces; {@code node_modules} is a link to the site's
 * (PostCSS and friends read it; Hugo does not). When the site uses {@code enableGitInfo}, the copy sits at the same
 * place below a stand-in repository root and Hugo's git reads the real repository. Deleted on {@link #close()}.
 */
final class SiteCopy implements AutoCloseable {

    private static final Set<String> REPOSITORY = Set.of(".git", ".hg", ".svn");
    /** After this many failed links and none made, copying is all that works here (another file system). */
    private static final int LINK_ATTEMPTS = 8;

    private final Path work;
    private final Path siteRoot;
    private final Path root;
    private final Map<String, String> environment;
    private int linked;
    private int linkFailures;

    private SiteCopy(Path work, Path siteRoot, Path root, Map<String, String> environment) {
        this.work = work;
        this.siteRoot = siteRoot;
        this.root = root;
        this.environment = environment;
    }

    /**
     * Copies {@code site}, leaving out {@code leaveOut} (the bundle folder the export will write).
     *
     * @throws ExportException          when the site reads content from outside its folder or cannot be read
     * @throws ExportCancelledException when {@code cancelled} turned true
     */
    static SiteCopy of(Site site, Path leaveOut, BooleanSupplier cancelled) {
        Path siteRoot = site.root();
        if (!leaveOut.toAbsolutePath().normalize().startsWith(siteRoot)) {
            throw new ExportException("cannot build a copy of the site with Hugo: the bundle folder " + leaveOut
                    + " is outside the site's folder " + siteRoot);
        }
        for (ContentRoot content : site.contentRoots()) {
            if (!content.dir().startsWith(siteRoot)) {
                throw new ExportException("cannot build a copy of the site with Hugo: it reads content from "
                        + content.dir() + ", outside its folder " + siteRoot + "; export without verifying, then"
                        + " build the site yourself");
            }
        }
        Path work;
        try {
            work = Files.createTempDirectory("recap-verify-site-");
        } catch (IOException e) {
            throw new ExportException("cannot create a temporary folder for the Hugo build: "
                    + BundleExporter.describe(e), e);
        }
        Optional<Path> repository = gitInfo(site) ? repositoryOf(siteRoot) : Optional.empty();
        Path root = repository.map(repo -> work.resolve("repo").resolve(repo.relativize(siteRoot)))
                .orElse(work.resolve("site"));
        Map<String, String> env = repository.flatMap(repo -> gitDir(repo).map(git -> Map.of("GIT_DIR",
                git.toString(), "GIT_WORK_TREE", work.resolve("repo").toString()))).orElse(Map.of());
        SiteCopy copy = new SiteCopy(work, siteRoot, root, env);
        try {
            Files.createDirectories(root.getParent());
            copy.fill(site, leaveOut.toAbsolutePath().normalize(), cancelled);
            return copy;
        } catch (IOException e) {
            copy.close();
            throw new ExportException("cannot copy the site for the Hugo build: " + BundleExporter.describe(e), e);
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    /** The copy's site root. */
    Path root() {
        return root;
    }

    /** Where {@code sitePath} (a path inside the site, as the site names it) is in the copy. */
    Path inCopy(Path sitePath) {
        return root.resolve(siteRoot.relativize(sitePath.toAbsolutePath().normalize()));
    }

    /** The environment Hugo needs to build the copy (git's, for {@code enableGitInfo}). */
    Map<String, String> environment() {
        return environment;
    }

    /** {@code result} with the copy's paths turned back into the site's, in the problems and the output. */
    HugoVerifier.Result mapBack(HugoVerifier.Result result) {
        List<HugoVerifier.Problem> problems = result.problems().stream().map(p -> new HugoVerifier.Problem(
                toSite(p.message()), p.file().map(this::toSite), p.line(), p.column())).toList();
        return new HugoVerifier.Result(result.succeeded(), problems, toSite(result.output()));
    }

    private String toSite(String text) {
        String mapped = text.replace(root.toString(), siteRoot.toString());
        try {
            return mapped.replace(root.toRealPath().toString(), siteRoot.toString());
        } catch (IOException e) {
            return mapped;
        }
    }

    private Path toSite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? siteRoot.resolve(root.relativize(absolute)) : Path.of(toSite(file.toString()));
    }

    @Override
    public void close() {
        BundleExporter.deleteTree(work);
    }

    private void fill(Site site, Path leaveOut, BooleanSupplier cancelled) throws IOException {
        Path real = siteRoot.toRealPath();
        Set<Path> skipped = Set.of(siteRoot.relativize(leaveOut), Path.of(configured(site, "publishdir", "public"))
                .normalize(), Path.of(configured(site, "resourcedir", "resources")).normalize());
        // Links are followed: a folder reached through a link is copied as a folder, so that nothing written into the
        // copy (the new bundle) can land in the real site through a link.
        Files.walkFileTree(real, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        Path relative = real.relativize(dir);
                        String name = dir.equals(real) ? "" : dir.getFileName().toString();
                        if (skipped.contains(relative) || REPOSITORY.contains(name)
                                || ExportLeftovers.isLeftoverName(name)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (name.equals("node_modules") && relative.getNameCount() == 1) {
                            Files.createSymbolicLink(root.resolve(relative), dir.toRealPath());
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        Files.createDirectories(root.resolve(relative));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        if (cancelled.getAsBoolean()) {
                            throw new ExportCancelledException();
                        }
                        Path relative = real.relativize(file);
                        String name = file.getFileName().toString();
                        if (attrs.isRegularFile() && !REPOSITORY.contains(name)
                                && !ExportLeftovers.isLeftoverName(name)) {
                            linkOrCopy(file.toRealPath(), root.resolve(relative), relative.getNameCount() == 1);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof FileSystemLoopException || !Files.exists(file)) {
                            return FileVisitResult.CONTINUE; // a link loop, or a dangling link: Hugo skips it too
                        }
                        throw e;
                    }
                });
    }

    private void linkOrCopy(Path file, Path copy, boolean mayBeWritten) throws IOException {
        if (!mayBeWritten && (linked > 0 || linkFailures < LINK_ATTEMPTS)) {
            try {
                Files.createLink(copy, file);
                linked++;
                return;
            } catch (IOException | UnsupportedOperationException e) {
                linkFailures++;
            }
        }
        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static String configured(Site site, String key, String fallback) {
        Object value = site.config().values().get(key);
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }

    private static boolean gitInfo(Site site) {
        Object value = site.config().values().get("enablegitinfo");
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    /** The folder at or above {@code dir} holding {@code .git}. */
    private static Optional<Path> repositoryOf(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The repository's git folder: {@code .git}, or where a {@code .git} file ({@code gitdir: …}) points. */
    private static Optional<Path> gitDir(Path repository) {
        Path git = repository.resolve(".git");
        if (Files.isDirectory(git)) {
            return Optional.of(git);
        }
        try {
            String text = Files.readString(git).strip();
            return text.startsWith("gitdir:") ? Optional.of(repository.resolve(text.substring(7).strip()).normalize())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
