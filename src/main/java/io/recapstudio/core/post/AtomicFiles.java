package io.recapstudio.core.post;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file atomically: the bytes go to a temporary file in the same folder, are flushed to disk, and the
 * temporary file is moved over the target in one step. Readers see the old file or the new one, never a part; after
 * a failure the target is as it was and the temporary file is gone. An existing file's POSIX permissions are kept;
 * a new file gets {@code rw-r--r--}, as an editor's save would (not the owner-only mode of a temporary file).
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /** Produces a file's content into a stream (the stream is closed by {@link AtomicFiles}). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code bytes} to {@code target} atomically.
     *
     * @throws IOException when the folder is not writable, the disk is full, or the file system cannot move
     *                     atomically (the message names the file)
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes what {@code content} produces to {@code target} atomically; a failure inside {@code content} leaves the
     * target as it was.
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            setPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + absolute + " atomically on this file system: "
                        + e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies {@code source}'s bytes to {@code target} atomically (the target's folder must exist). */
    public static void copy(Path source, Path target) throws IOException {
        write(target, out -> {
            try (InputStream in = Files.newInputStream(source)) {
                in.transferTo(out);
            }
        });
    }

    private static void setPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView tempView = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (tempView == null) {
            return;
        }
        if (Files.exists(target)) {
            PosixFileAttributeView source = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (source != null) {
                tempView.setPermissions(source.readAttributes().permissions());
            }
        } else {
            tempView.setPermissions(NEW_FILE);
        }
    }
}
