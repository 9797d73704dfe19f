package io.recapstudio.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Writes an {@link ExportPlan} atomically. Every file goes into a hidden temporary folder beside the target (same file
 * system), which is then renamed into place; an existing bundle is first moved aside and put back if anything fails,
 * then deleted. Folders the export had to create above the bundle are removed again after a failure. After a
 * failure or a cancel the target is exactly as it was before; nothing outside the bundle folder is written but the
 * hidden temporary folders and lock file beside it, which are gone when the export ends.
 *
 * <p>Two exports into one folder at once: a {@link TargetLock} lets exactly one write; the other is refused. Under the
 * lock the target is checked again (it may have changed since the plan): a bundle that appeared meanwhile is replaced
 * only when replacing was chosen, and never a folder that is not a page bundle. What a killed export left beside the
 * target is cleaned first ({@link ExportLeftovers}).
 */
public final class BundleExporter {

    /** Receives progress: bytes written so far of the total, and what is being done. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total, String message);

        /** Ignores progress. */
        Progress NONE = (done, total, message) -> { };
    }

    /**
     * Called before each step (for tests that inject a failure or hold an export at a step); steps are named
     * {@code create-folders}, {@code lock}, {@code create-temp}, {@code write:NAME}, {@code move-aside},
     * {@code move-into-place}.
     */
    @FunctionalInterface
    public interface StepHook {
        void before(String step) throws IOException;

        StepHook NONE = step -> { };
    }

    private static final int BUFFER = 64 * 1024;

    private final StepHook hook;

    public BundleExporter() {
        this(StepHook.NONE);
    }

    public BundleExporter(StepHook hook) {
        this.hook = hook;
    }

    /**
     * Writes the plan.
     *
     * @throws ExportRefusedException    when the plan is refused ({@link ExportPlan#refusal()}), another export holds
     *                                   the target, or the target changed since the plan so that it may not be
     *                                   written (nothing is written then)
     * @throws ExportException           when writing fails (the target is then as it was)
     * @throws ExportCancelledException  when {@code cancelled} turned true (the target is then as it was)
     */
    public ExportReport export(ExportPlan plan, Progress progress, BooleanSupplier cancelled) {
        String refusal = plan.refusal();
        if (refusal != null) {
            throw new ExportRefusedException("export refused: " + refusal + "; nothing was written");
        }
        Path target = plan.target().bundleDir();
        checkInsideContent(plan);
        List<Path> createdParents = new ArrayList<>();
        boolean done = false;
        try {
            step("create-folders");
            createParents(target.getParent(), createdParents);
            step("lock");
            ExportReport report;
            try (TargetLock lock = TargetLock.acquire(target)) {
                boolean restored = ExportLeftovers.clean(target.getParent(), target.getFileName().toString())
                        .contains(target.getFileName().toString());
                boolean replacing = checkAgain(plan, restored);
                report = writeLocked(plan, replacing, progress, cancelled);
            }
            done = true;
            return report;
        } catch (IOException e) {
            throw new ExportException("export to " + target + " failed: " + describe(e)
                    + "; the target was left as it was", e);
        } finally {
            if (!done) {
                removeCreated(createdParents);
            }
        }
    }

    /**
     * The target as it is now, under the lock: whether a bundle there (not an empty folder) will be replaced.
     *
     * @throws ExportRefusedException when it may not be written
     */
    private static boolean checkAgain(ExportPlan plan, boolean restored) {
        Path target = plan.target().bundleDir();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportRefusedException(target + " is a file, not a folder; nothing was written");
        }
        checkInsideContent(plan);
        if (!ExportPlanner.isNonEmptyFolder(target)) {
            return false;
        }
        if (!plan.options().replaceExisting()) {
            String how = restored ? " was put back from where an interrupted export had moved it aside"
                    : plan.targetExists() ? " already exists" : " was created meanwhile (by another export?)";
            throw new ExportRefusedException(target + how + "; nothing was written; look at it, then choose another"
                    + " folder or replace it (--force)");
        }
        String why = TargetChecks.whyNotReplaceable(target);
        if (why != null) {
            throw new ExportRefusedException(target + " exists and is not a page bundle an export may replace: "
                    + why + "; nothing was written; choose another folder, or move that one away yourself");
        }
        return true;
    }

    /** A site target is still inside the site's content folder (a section folder may have become a link). */
    private static void checkInsideContent(ExportPlan plan) {
        plan.target().site().filter(s -> plan.target().section().isPresent())
                .ifPresent(site -> TargetChecks.insideContent(site, plan.target().bundleDir()));
    }

    private ExportReport writeLocked(ExportPlan plan, boolean replacing, Progress progress,
                                     BooleanSupplier cancelled) throws IOException {
        Path target = plan.target().bundleDir();
        Path temp = null;
        Path aside = null;
        boolean done = false;
        try {
            step("create-temp");
            temp = ExportLeftovers.createTemp(target);
            long written = writeAll(plan, temp, progress, cancelled);
            setFolderPermissions(temp, target);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                step("move-aside");
                aside = ExportLeftovers.asideName(target);
                move(target, aside);
            }
            step("move-into-place");
            move(temp, target);
            temp = null;
            done = true;
            progress.update(written, plan.totalBytes(), "Exported " + plan.files().size() + " files");
            return new ExportReport(target, plan.files().size(), written, replacing);
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
            if (!done) {
                rollBack(target, aside);
            } else if (aside != null) {
                deleteTree(aside);
            }
        }
    }

    private long writeAll(ExportPlan plan, Path temp, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        long total = plan.totalBytes();
        long written = 0;
        for (PlannedFile file : plan.files()) {
            if (cancelled.getAsBoolean()) {
                throw new ExportCancelledException();
            }
            step("write:" + file.name());
            progress.update(written, total, "Writing " + file.name());
            Path out = temp.resolve(file.name()).normalize();
            if (!out.startsWith(temp)) {
                throw new IOException("the resource name " + file.name() + " leaves the bundle folder");
            }
            Files.createDirectories(out.getParent());
            if (file.maxWidth() != null) {
                written += Downscale.write(file.source().orElseThrow(), file.maxWidth(), out);
            } else {
                written += file.fromMemory() ? writeBytes(file.content(), out) : copy(file.source().orElseThrow(),
                        out, written, total, progress, cancelled);
            }
        }
        return written;
    }

    private static long writeBytes(byte[] content, Path out) throws IOException {
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content));
            channel.force(true);
        }
        return content.length;
    }

    private static long copy(Path source, Path out, long before, long total, Progress progress,
                             BooleanSupplier cancelled) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(source);
             FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream os = Channels.newOutputStream(channel);
            int n;
            while ((n = in.read(buffer)) >= 0) {
                os.write(buffer, 0, n);
                copied += n;
                if (copied % (16 * BUFFER) == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new ExportCancelledException();
                    }
                    progress.update(before + copied, total, "Writing " + out.getFileName());
                }
            }
            channel.force(true);
        }
        return copied;
    }

    private void step(String name) throws IOException {
        hook.before(name);
    }

    private static void createParents(Path parent, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p);
                created.add(0, p);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(p)) {
                    throw e;
                }
                // Another export made it at the same moment: it is theirs to remove, not ours.
            }
        }
    }

    /** The bundle folder gets the replaced bundle's permissions, or a site folder's usual {@code rwxr-xr-x}. */
    private static void setFolderPermissions(Path temp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (Files.isDirectory(target)) {
            view.setPermissions(Files.getPosixFilePermissions(target));
        } else {
            view.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot move " + from + " to " + to + " in one step on this file system", e);
        }
    }

    private static void rollBack(Path target, Path aside) {
        if (aside != null && Files.exists(aside)) {
            try {
                if (Files.exists(target)) {
                    deleteTree(target);
                }
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new ExportException("export failed and the previous bundle could not be put back; it is in "
                        + aside + " (rename it to " + target.getFileName() + ")", e);
            }
        }
    }

    private static void removeCreated(List<Path> createdParents) {
        for (Path dir : createdParents) {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // A folder someone else filled meanwhile stays; it was empty when the export made it.
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ExportException("cannot remove the temporary folder " + root + ": " + e.getMessage()
                    + "; delete it by hand", e);
        }
    }

    /** What went wrong, in words, with what to do for the common cases (no permission, a full disk). */
    static String describe(IOException e) {
        String reason = e instanceof FileSystemException fs ? fs.getReason() : null;
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        if (e instanceof AccessDeniedException) {
            return "permission denied" + (file == null ? "" : " on " + file) + "; make the folder writable, or"
                    + " choose another one";
        }
        String text = reason != null ? reason : e.getMessage();
        if (text != null && text.contains("No space left on device")) {
            return "the disk is full" + (file == null ? "" : " (writing " + file + ")") + "; free some space, then"
                    + " export again";
        }
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
