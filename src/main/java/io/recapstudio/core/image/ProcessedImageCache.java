package io.recapstudio.core.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Processed images for the preview, kept in a folder the caller chooses, so re-rendering a post does not process its
 * images again. An entry is keyed by the source's absolute path, size and modification time, the spec and the
 * imaging defaults: editing or replacing the photo, or changing the spec, makes a new entry. Thread-safe: one
 * source/spec pair is processed once even when several threads ask at the same time.
 *
 * <p>A source/spec pair asked for again with the source's size and modification time unchanged is answered from
 * memory after one file-status read: no hashing, no look at the cache folder (a re-render while typing asks for every
 * image of the post again). {@link #stats()} counts the work done beyond that.
 */
public final class ProcessedImageCache {

    /** Bump when processing changes so old entries are not reused. */
    private static final String VERSION = "1";
    /** A post's images are a few hundred source/spec pairs at most; past this the memory starts again. */
    private static final int MAX_RECENT = 4096;

    private final Path dir;
    private final ImageProcessor processor;
    private final Map<String, CachedImage> memory = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    /** The last answer per source/spec pair, with the source's size and time it was made for. */
    private final Map<Recent, Remembered> recent = new ConcurrentHashMap<>();
    private final LongAdder keysHashed = new LongAdder();
    private final LongAdder imagesProcessed = new LongAdder();

    public ProcessedImageCache(Path dir, ImageProcessor processor) {
        this.dir = dir;
        this.processor = processor;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The processed image for {@code spec} on {@code source}, from the cache or processed now.
     *
     * @throws ImageException when the source cannot be read, is over the limits, or Hugo's result would be empty
     */
    public CachedImage get(Path source, ImageSpec spec) {
        Path abs = source.toAbsolutePath().normalize();
        BasicFileAttributes attrs = attributes(abs, source);
        Recent pair = new Recent(abs, spec);
        Remembered last = recent.get(pair);
        if (last != null && last.size() == attrs.size() && last.modified().equals(attrs.lastModifiedTime())) {
            return last.image();
        }
        CachedImage image = get(key(abs, attrs, spec), source, spec);
        if (recent.size() > MAX_RECENT) {
            recent.clear();
        }
        recent.put(pair, new Remembered(attrs.size(), attrs.lastModifiedTime(), image));
        return image;
    }

    /**
     * The work this cache did since it was made: keys computed (a hash of the source's path, size, time and the
     * spec) and images processed. Answers from memory count nothing.
     */
    public Stats stats() {
        return new Stats(keysHashed.sum(), imagesProcessed.sum());
    }

    /**
     * @param keysHashed      cache keys computed (each a SHA-256 and a look for the file in the cache folder)
     * @param imagesProcessed images decoded and processed
     */
    public record Stats(long keysHashed, long imagesProcessed) {
    }

    private record Recent(Path source, ImageSpec spec) {
    }

    private record Remembered(long size, FileTime modified, CachedImage image) {
    }

    private CachedImage get(String key, Path source, ImageSpec spec) {
        CachedImage hit = memory.get(key);
        if (hit != null && Files.isRegularFile(hit.file())) {
            return hit;
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            CachedImage done = memory.get(key);
            if (done != null && Files.isRegularFile(done.file())) {
                return done;
            }
            CachedImage entry = fromDisk(key, source, spec);
            memory.put(key, entry);
            return entry;
        }
    }

    private CachedImage fromDisk(String key, Path source, ImageSpec spec) {
        ImageFormat hugoFormat = spec.targetFormat(ImageFormat.fromPath(source)
                .orElseGet(() -> ImageReading.header(source).format()));
        ImageFormat stored = switch (hugoFormat) {
            case JPEG, PNG, GIF -> hugoFormat;
            case WEBP -> hugoFormat.canWrite() ? hugoFormat : ImageFormat.PNG;
            default -> ImageFormat.PNG;
        };
        String stem = ImageFiles.safeFileName(stemOf(source));
        Path file = dir.resolve(stem + "-" + key.substring(0, 20) + "." + stored.extension());
        if (Files.isRegularFile(file)) {
            try {
                return new CachedImage(file, ImageReading.header(file).size(), hugoFormat);
            } catch (UnreadableImageException damaged) {
                ImageFiles.deleteQuietly(file);
            }
        }
        imagesProcessed.increment();
        ProcessedImage result = processor.process(source, spec);
        int quality = result.quality().orElse(processor.defaults().quality());
        ImageFiles.write(result.image(), stored, quality, file);
        return new CachedImage(file, result.size(), hugoFormat);
    }

    /** Deletes every cached file (and forgets them). */
    public void clear() {
        memory.clear();
        recent.clear();
        for (Path file : files()) {
            ImageFiles.deleteQuietly(file);
        }
    }

    /** Deletes the least recently written files until the cache holds at most {@code maxBytes}. */
    public void prune(long maxBytes) {
        List<Path> files = files();
        files.sort((a, b) -> Long.compare(modified(b), modified(a)));
        long total = 0;
        for (Path file : files) {
            total += sizeOf(file);
            if (total > maxBytes) {
                memory.values().removeIf(e -> e.file().equals(file));
                recent.values().removeIf(e -> e.image().file().equals(file));
                ImageFiles.deleteQuietly(file);
            }
        }
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, Files::isRegularFile)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new ImageException(dir, "cannot list the image cache " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static BasicFileAttributes attributes(Path abs, Path source) {
        try {
            return Files.readAttributes(abs, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UnreadableImageException(source, source + ": no such file", e);
        }
    }

    private String key(Path abs, BasicFileAttributes attrs, ImageSpec spec) {
        keysHashed.increment();
        ImagingDefaults d = processor.defaults();
        String text = String.join("\n", VERSION, abs.toString(), Long.toString(attrs.size()),
                attrs.lastModifiedTime().toInstant().toString(), spec.toString(),
                d.quality() + " " + d.filter() + " " + d.anchor() + " " + d.background().hex());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String stemOf(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A file whose time cannot be read counts as oldest, so pruning removes it first. */
    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** A file that vanished meanwhile takes no room. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
