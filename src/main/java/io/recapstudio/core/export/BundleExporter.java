package io.recapstudio.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Writes an {@link ExportPlan} atomically. Every file goes into a temporary folder beside the target (same file
 * system), which is then renamed into place; an existing bundle is first renamed aside and restored if anything
 * fails, then deleted. Folders the export had to create above the bundle are removed again after a failure. After a
 * failure or a cancel the target is exactly as it was before; nothing outside the bundle folder is written (the
 * temporary folders are siblings of the bundle, hidden, and gone when the export ends).
 */
public final class BundleExporter {

    /** Receives progress: bytes written so far of the total, and what is being done. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total, String message);

        /** Ignores progress. */
        Progress NONE = (done, total, message) -> { };
    }

    /** Called before each step (for tests that inject a failure); steps are named {@code write:NAME}, … */
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
     * @throws ExportException           when the plan is refused ({@link ExportPlan#refusal()}) or writing fails (the
     *                                   target is then as it was)
     * @throws ExportCancelledException  when {@code cancelled} turned true (the target is then as it was)
     */
    public ExportReport export(ExportPlan plan, Progress progress, BooleanSupplier cancelled) {
        String refusal = plan.refusal();
        if (refusal != null) {
            throw new ExportException("export refused: " + refusal);
        }
        Path target = plan.target().bundleDir();
        Path parent = target.getParent();
        List<Path> createdParents = new ArrayList<>();
        Path temp = null;
        Path aside = null;
        boolean done = false;
        try {
            step("create-folders");
            createParents(parent, createdParents);
            step("create-temp");
            temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".export-");
            long written = writeAll(plan, temp, progress, cancelled);
            setFolderPermissions(temp, target);
            boolean replaced = Files.exists(target);
            if (replaced) {
                step("move-aside");
                aside = parent.resolve("." + target.getFileName() + ".replaced-" + Long.toHexString(System.nanoTime()));
                move(target, aside);
            }
            step("move-into-place");
            move(temp, target);
            temp = null;
            done = true;
            progress.update(written, plan.totalBytes(), "Exported " + plan.files().size() + " files");
            return new ExportReport(target, plan.files().size(), written, replaced);
        } catch (IOException e) {
            throw new ExportException("export to " + target + " failed: " + describe(e)
                    + "; the target was left as it was", e);
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
            if (!done) {
                rollBack(target, aside, createdParents);
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
        Files.write(out, content);
        return content.length;
    }

    private static long copy(Path source, Path out, long before, long total, Progress progress,
                             BooleanSupplier cancelled) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(source); OutputStream os = Files.newOutputStream(out)) {
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
            Files.createDirectory(p);
            created.add(0, p);
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

    private static void rollBack(Path target, Path aside, List<Path> createdParents) {
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

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
