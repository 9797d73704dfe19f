package io.recapstudio.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a post's file held when the app last read or wrote it: its modification time, size and file key (an atomic
 * replace by another program gives a new one), and the SHA-256 of its bytes. A file whose attributes still match
 * is taken as unchanged without being read; otherwise its bytes are compared, so a touch or a checkout of the same
 * content is not a change.
 *
 * @param modified null when the attributes are unknown (then only the content decides)
 */
public record DiskStamp(FileTime modified, long size, Object fileKey, String sha256) {

    public DiskStamp {
        Objects.requireNonNull(sha256);
    }

    /** The stamp of {@code bytes} just read from (or written to) {@code file} with these attributes. */
    static DiskStamp of(BasicFileAttributes attributes, byte[] bytes) {
        return new DiskStamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey(), hash(bytes));
    }

    /** A stamp with only the content known: the next look at the file compares its bytes. */
    static DiskStamp ofContent(byte[] bytes) {
        return new DiskStamp(null, bytes.length, null, hash(bytes));
    }

    /** True when {@code attributes} are the ones recorded (the file is taken as unchanged without reading it). */
    public boolean sameAttributes(BasicFileAttributes attributes) {
        return modified != null && modified.equals(attributes.lastModifiedTime()) && size == attributes.size()
                && Objects.equals(fileKey, attributes.fileKey());
    }

    /** True when both stamps are of the same bytes. */
    public boolean sameContent(DiskStamp other) {
        return other != null && sha256.equals(other.sha256);
    }

    /** The file now, if it still exists: its stamp and bytes (read only when its attributes changed). */
    public static Optional<Snapshot> look(Path file, DiskStamp known) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (known != null && known.sameAttributes(attributes)) {
            return Optional.of(new Snapshot(known, null));
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(new Snapshot(of(attributes, bytes), bytes));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** A look at the file: its stamp, and its bytes when they had to be read (null when the attributes matched). */
    public record Snapshot(DiskStamp stamp, byte[] bytes) {
    }

    /**
     * True when the file must not be overwritten without asking: the system says it is not writable, or (for a user
     * such as root, whom the system lets write anything) no one has write permission on it.
     */
    public static boolean isReadOnly(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
