package io.recapstudio.core.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden folders and files an export makes beside its target, named so that the ones a killed export left
 * behind can be told from the ones a running export is using: {@code .NAME.recap-tmp-PID-START-N} (the bundle being
 * written), {@code .NAME.recap-old-PID-START-N} (the bundle being replaced, moved aside) and {@code .NAME.recap-lock}
 * (the {@link TargetLock}), where PID and START (epoch milliseconds) name the process that made them. Each export
 * first cleans what dead processes left in its folder: a temporary folder is deleted; a bundle moved aside is put
 * back when its place is empty (the export died before the new bundle moved in), else deleted. Leftovers of older
 * versions ({@code .NAME.export-DIGITS}, {@code .NAME.replaced-HEX}) that are older than this process are cleaned
 * the same way.
 */
final class ExportLeftovers {

    private static final long PID = ProcessHandle.current().pid();
    private static final long START = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
            .orElse(0L);
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Pattern OURS = Pattern.compile("^\\.(.+)\\.recap-(tmp|old)-(\\d+)-(\\d+)-\\d+$");
    private static final Pattern LOCK = Pattern.compile("^\\.(.+)\\.recap-lock$");
    private static final Pattern LEGACY = Pattern.compile("^\\.(.+)\\.(export-\\d+|replaced-[0-9a-f]+)$");

    private ExportLeftovers() {
    }

    /** Creates a new, empty temporary folder for writing {@code target}'s bundle, beside it. */
    static Path createTemp(Path target) throws IOException {
        return create(target, "tmp");
    }

    /** A free name beside {@code target} to move the bundle being replaced to. */
    static Path asideName(Path target) {
        while (true) {
            Path aside = name(target, "old");
            if (!Files.exists(aside)) {
                return aside;
            }
        }
    }

    /** The lock file of {@code target}. */
    static Path lockFile(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".recap-lock");
    }

    /** Whether {@code name} (a file name in a section) is one of the export's own hidden files or folders. */
    static boolean isLeftoverName(String name) {
        return OURS.matcher(name).matches() || LOCK.matcher(name).matches() || LEGACY.matcher(name).matches();
    }

    private static Path create(Path target, String kind) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(name(target, kind));
            } catch (FileAlreadyExistsException e) {
                // Taken by an earlier run of this process: try the next number.
            }
        }
    }

    private static Path name(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + ".recap-" + kind + "-" + PID + "-" + START + "-"
                + COUNTER.incrementAndGet());
    }

    /**
     * Cleans, in {@code parent}, what dead exports left behind. {@code lockedName} is the bundle name whose lock the
     * caller holds; another name's leftovers are cleaned only while its lock can be taken.
     *
     * @return the bundle names whose bundle was put back from where a dead export had moved it aside
     */
    static List<String> clean(Path parent, String lockedName) throws IOException {
        List<String> restored = new ArrayList<>();
        for (Path entry : hiddenEntries(parent)) {
            String name = entry.getFileName().toString();
            Optional<Leftover> leftover = Leftover.parse(name);
            if (leftover.isEmpty() || !leftover.get().stale(entry)) {
                continue;
            }
            String bundle = leftover.get().bundle();
            if (bundle.equals(lockedName)) {
                tidy(leftover.get(), entry, parent, restored);
                continue;
            }
            Optional<TargetLock> other = TargetLock.tryAcquire(parent.resolve(bundle));
            if (other.isPresent()) {
                try (TargetLock lock = other.get()) {
                    tidy(leftover.get(), entry, parent, restored);
                }
            }
        }
        return restored;
    }

    private static List<Path> hiddenEntries(Path parent) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent, ".*")) {
            stream.forEach(found::add);
        }
        return found;
    }

    private static void tidy(Leftover leftover, Path entry, Path parent, List<String> restored) throws IOException {
        if (leftover.kind() == Kind.LOCK || !Files.exists(entry)) {
            return; // A lock file is removed when its lock, just taken, is released.
        }
        Path bundle = parent.resolve(leftover.bundle());
        if (leftover.kind() == Kind.ASIDE && !Files.exists(bundle)) {
            Files.move(entry, bundle, StandardCopyOption.ATOMIC_MOVE);
            restored.add(leftover.bundle());
        } else {
            BundleExporter.deleteTree(entry);
        }
    }

    private enum Kind { TEMP, ASIDE, LOCK }

    /** A name the export made, the process that made it (0 when unknown), and whether it was a moved-aside bundle. */
    private record Leftover(String bundle, Kind kind, long pid, long start) {

        static Optional<Leftover> parse(String name) {
            Matcher ours = OURS.matcher(name);
            if (ours.matches()) {
                return Optional.of(new Leftover(ours.group(1), ours.group(2).equals("old") ? Kind.ASIDE : Kind.TEMP,
                        Long.parseLong(ours.group(3)), Long.parseLong(ours.group(4))));
            }
            Matcher lock = LOCK.matcher(name);
            if (lock.matches()) {
                return Optional.of(new Leftover(lock.group(1), Kind.LOCK, 0, 0));
            }
            Matcher legacy = LEGACY.matcher(name);
            if (legacy.matches()) {
                return Optional.of(new Leftover(legacy.group(1), legacy.group(2).startsWith("replaced")
                        ? Kind.ASIDE : Kind.TEMP, 0, 0));
            }
            return Optional.empty();
        }

        /** Left by a process that is gone (a lock file: always a candidate; its lock says whether it is in use). */
        boolean stale(Path entry) throws IOException {
            if (kind == Kind.LOCK) {
                return true;
            }
            if (pid == 0) {
                return START != 0 && Files.getLastModifiedTime(entry).compareTo(FileTime.fromMillis(START)) < 0;
            }
            if (pid == PID && start == START) {
                return false;
            }
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(p -> start != 0 && p.info().startInstant().map(Instant::toEpochMilli)
                            .map(s -> s != start).orElse(false))
                    .orElse(true);
        }
    }
}
