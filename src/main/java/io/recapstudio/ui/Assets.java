package io.recapstudio.ui;

import io.recapstudio.core.post.AtomicFiles;
import io.recapstudio.core.post.PageBundle;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the app's {@code assets/} folder (sample recap bundle, icons) and makes the user's own copy of the sample
 * recap. A folder counts as ours only with the marker file {@value #MARKER} in it, so a Hugo site's own
 * {@code assets/} (the app started from a site's root) is never taken for it.
 */
final class Assets {

    /** The file that marks an {@code assets} folder as Recap Studio's. */
    static final String MARKER = ".recap-studio-assets";
    /** The sample recap's folder name, in the assets and in the user's data folder. */
    static final String SAMPLE = "sample-recap";

    private Assets() {
    }

    /**
     * The system property {@code recap.assets} when set (the packaged app sets it), else {@code ./assets} in the
     * working folder, else an {@code assets} folder next to the jar (or next to its {@code target/} folder in a
     * build); the last two only when they hold the {@value #MARKER} file.
     */
    static Optional<Path> locate() {
        return locate(System.getProperty("recap.assets"), Path.of("").toAbsolutePath(), codeLocation());
    }

    static Optional<Path> locate(String property, Path workingDir, Path code) {
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property).toAbsolutePath()).filter(Files::isDirectory);
        }
        Path local = workingDir.resolve("assets");
        if (isOurs(local)) {
            return Optional.of(local);
        }
        if (code == null || code.getParent() == null) {
            return Optional.empty();
        }
        Path stop = code.getParent().getParent();
        for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
            if (isOurs(dir.resolve("assets"))) {
                return Optional.of(dir.resolve("assets"));
            }
            if (dir.equals(stop)) {
                break;
            }
        }
        return Optional.empty();
    }

    static boolean isOurs(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(MARKER));
    }

    private static Path codeLocation() {
        try {
            var source = Assets.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            System.getLogger(Assets.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot tell where the app's code lies; looking for its assets in the working folder only", e);
            return null;
        }
    }

    /** The sample recap bundle as installed (possibly read-only). */
    static Optional<Path> sampleRecap() {
        return locate().map(dir -> dir.resolve(SAMPLE)).filter(d -> Files.isRegularFile(d.resolve(PageBundle.INDEX)));
    }

    /**
     * The user's copy of the sample recap in {@code dataDir/sample-recap}, made from {@code installed} the first
     * time (into a temporary folder moved into place in one step, so a half-made copy is never opened). A copy that
     * is already there is returned as it is: it holds the user's edits.
     */
    static Path userSample(Path installed, Path dataDir) throws IOException {
        Path target = dataDir.toAbsolutePath().resolve(SAMPLE);
        if (Files.isRegularFile(target.resolve(PageBundle.INDEX))) {
            return target;
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " exists but holds no index.md; move it away to get the sample again");
        }
        Files.createDirectories(dataDir);
        Path temp = Files.createTempDirectory(dataDir.toAbsolutePath(), "." + SAMPLE + "-");
        try {
            copyTree(installed, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(temp);
        }
        return target;
    }

    /** Copies the regular files and folders under {@code from} (links are not followed), writable by the user. */
    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            AtomicFiles.copy(file, target);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
