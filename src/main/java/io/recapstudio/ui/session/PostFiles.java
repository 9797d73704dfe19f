package io.recapstudio.ui.session;

import io.recapstudio.core.post.AtomicFiles;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.post.Post;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and writes posts for the desktop app on top of {@code core.post}: a bundle folder or a {@code .md} file in,
 * LF text for the editor, and the same bytes back out when nothing changed. Every write is atomic (a temporary file
 * in the target folder, then an atomic move).
 */
public final class PostFiles {

    private static final System.Logger LOG = System.getLogger(PostFiles.class.getName());

    private PostFiles() {
    }

    /** The post file for a path the user gave: {@code DIR/index.md} (or {@code _index.md}) for a folder. */
    public static Path postFileOf(Path fileOrBundle) throws PostFileException {
        if (Files.isDirectory(fileOrBundle)) {
            Optional<Path> index = PageBundle.indexIn(fileOrBundle);
            if (index.isPresent()) {
                return index.get();
            }
            throw new PostFileException(fileOrBundle, fileOrBundle + " is not a page bundle: it holds no index.md. "
                    + "Choose a bundle folder or a .md file.", null);
        }
        if (!Files.exists(fileOrBundle)) {
            throw new PostFileException(fileOrBundle, fileOrBundle + " does not exist.", null);
        }
        return fileOrBundle;
    }

    /**
     * Reads the post at {@code fileOrBundle}. Content never fails to read: invalid UTF-8 and broken front matter
     * are {@link OpenedPost#readProblems()}.
     */
    public static OpenedPost read(Path fileOrBundle) throws PostFileException {
        Path file = postFileOf(fileOrBundle).toAbsolutePath().normalize();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            byte[] bytes = Files.readAllBytes(file);
            return new OpenedPost(file, Post.parse(bytes, file), DiskStamp.of(attributes, bytes));
        } catch (NoSuchFileException e) {
            throw new PostFileException(file, file + " does not exist.", e);
        } catch (IOException e) {
            throw new PostFileException(file, "Cannot read " + file + ": " + reason(e), e);
        }
    }

    /** Writes {@code text} (LF) to {@code target} atomically in the file's own style and returns the saved state. */
    public static OpenedPost write(OpenedPost origin, String text, Path target) throws PostFileException {
        Path file = target.toAbsolutePath().normalize();
        byte[] bytes = origin.edited(text).toBytes();
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new PostFileException(file, "Cannot save " + file + ": " + reason(e)
                    + ". Your text is still in the editor; choose another place with Save As.", e);
        }
        return origin.saved(file, bytes, stampAfterWrite(file, bytes));
    }

    /**
     * The stamp of the file just written: its attributes when it still holds what was written, else only the
     * content's hash (another program wrote in between; the next look compares the bytes and notices).
     */
    private static DiskStamp stampAfterWrite(Path file, byte[] written) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (Arrays.equals(Files.readAllBytes(file), written)) {
                return DiskStamp.of(attributes, written);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot read back " + file + " after saving it", e);
        }
        return DiskStamp.ofContent(written);
    }

    /**
     * Saves the post as a page bundle: {@code bundleDir/index.md} plus a copy of every resource of the post's
     * current bundle (files beside its {@code index.md}, sub-folders included) that the target does not have yet.
     */
    public static OpenedPost saveAsBundle(OpenedPost origin, String text, Path bundleDir) throws PostFileException {
        Path dir = bundleDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PostFileException(dir, "Cannot create the folder " + dir + ": " + reason(e), e);
        }
        Path source = origin.file();
        if (source != null && isBundleIndex(source) && !source.getParent().equals(dir)) {
            copyResources(source.getParent(), dir);
        }
        return write(origin, text, dir.resolve(PageBundle.INDEX));
    }

    static boolean isBundleIndex(Path file) {
        return PageBundle.isIndexFile(file);
    }

    private static void copyResources(Path from, Path to) throws PostFileException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).filter(p -> !(p.getParent().equals(from) && isBundleIndex(p)))
                    .filter(p -> !p.startsWith(to)).forEach(files::add);
        } catch (IOException e) {
            throw new PostFileException(from, "Cannot list the resources of " + from + ": " + reason(e), e);
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.createDirectories(target.getParent());
                AtomicFiles.copy(file, target);
            } catch (IOException e) {
                throw new PostFileException(file, "Cannot copy " + file + " to " + target + ": " + reason(e), e);
            }
        }
    }

    /** True when {@code dir} has no entries (or does not exist). */
    public static boolean isEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return !Files.exists(dir);
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    static String reason(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return message == null ? kind.toLowerCase() : kind.toLowerCase() + " (" + message + ")";
    }
}
