package io.recapstudio.core.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Processed images for the preview, kept in a folder the caller chooses, so re-rendering a post does not process its
 * images again. An entry is keyed by the source's absolute path, size and modification time, the spec and the
 * imaging defaults: editing or replacing the photo, or changing the spec, makes a new entry. Thread-safe: one
 * source/spec pair is processed once even when several threads ask at the same time.
 */
public final class ProcessedImageCache {

    /** Bump when processing changes so old entries are not reused. */
    private static final String VERSION = "1";

    private final Path dir;
    private final ImageProcessor processor;
    private final Map<String, CachedImage> memory = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

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
        String key = key(source, spec);
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
        ProcessedImage result = processor.process(source, spec);
        int quality = result.quality().orElse(processor.defaults().quality());
        ImageFiles.write(result.image(), stored, quality, file);
        return new CachedImage(file, result.size(), hugoFormat);
    }

    /** Deletes every cached file (and forgets them). */
    public void clear() {
        memory.clear();
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

    private String key(Path source, ImageSpec spec) {
        Path abs = source.toAbsolutePath().normalize();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(abs, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UnreadableImageException(source, source + ": no such file", e);
        }
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
