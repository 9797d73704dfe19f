package io.recapstudio.core.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock one export holds on its target bundle folder while it writes: an OS file lock
 * ({@link FileChannel#tryLock()}) on a hidden file beside the folder, so that of two exports into the same folder,
 * from two threads or two processes, exactly one writes. The file is deleted when the lock is released; a file left
 * by a crash holds no lock and is taken over (and removed) by the next export.
 */
final class TargetLock implements AutoCloseable {

    private static final int ATTEMPTS = 8;
    /** The lock files this process holds or is taking. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private TargetLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code target}'s folder (its parent must exist).
     *
     * @throws ExportRefusedException when another export holds it
     */
    static TargetLock acquire(Path target) throws IOException {
        return tryAcquire(target).orElseThrow(() -> new ExportRefusedException("another export is writing "
                + target + " right now; nothing was written; wait until it is done, then look at the folder and"
                + " export again if needed"));
    }

    /** Takes the lock on {@code target}'s folder when nobody holds it. */
    static Optional<TargetLock> tryAcquire(Path target) throws IOException {
        Path file = TargetChecks.realPath(ExportLeftovers.lockFile(target));
        // A second channel on the file, even one only opened and closed, would drop this process's OS lock on it
        // (POSIX locks belong to the process): within the process, only the first taker ever opens it.
        if (!HELD.add(file)) {
            return Optional.empty();
        }
        boolean taken = false;
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Object before = fileKey(file);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                if (before != null && before.equals(fileKey(file))) {
                    taken = true;
                    return Optional.of(new TargetLock(file, channel, lock));
                }
                // Made by us just now, or removed by its last holder between our look and our lock: lock the file
                // that is there now, making sure the name still leads to the one locked.
                lock.release();
                channel.close();
            }
            return Optional.empty();
        } finally {
            if (!taken) {
                HELD.remove(file);
            }
        }
    }

    /** The identity (device and inode) of the file {@code file} names, read without opening it; null when none. */
    private static Object fileKey(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Removes the lock file, then releases the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Another system may refuse to delete an open file; an unlocked file left behind is taken over later.
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        } finally {
            HELD.remove(file);
        }
    }
}
