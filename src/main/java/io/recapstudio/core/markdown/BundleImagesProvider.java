package io.recapstudio.core.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives each render the {@link BundleImages} of its bundle folder. One provider lives as long as the renderer and
 * remembers what it learnt from disk: the bundle's image list (re-read when a folder of the bundle changes) and
 * every processed image by source file, size, modification time and spec. So after the first render a keystroke
 * costs a few file-status calls, not image work. Thread-safe.
 */
public final class BundleImagesProvider implements Function<Optional<Path>, BundleImages> {

    private static final Pattern IMAGE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|bmp|tiff?)$");
    private static final int MAX_PROCESSED = 4096;

    private final ImageProcessing processing;
    private final Map<Path, Listing> listings = new ConcurrentHashMap<>();
    private final Map<ProcessKey, BundleImages.ProcessedImage> processed = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ProcessKey, BundleImages.ProcessedImage> eldest) {
                    return size() > MAX_PROCESSED;
                }
            });

    public BundleImagesProvider() {
        this(new InterimImageProcessing());
    }

    BundleImagesProvider(ImageProcessing processing) {
        this.processing = processing;
    }

    @Override
    public BundleImages apply(Optional<Path> bundleDir) {
        return bundleDir.map(dir -> (BundleImages) new CachedBundleImages(dir, listing(dir), this))
                .orElse(NoBundle.INSTANCE);
    }

    private Listing listing(Path dir) {
        Listing cached = listings.get(dir);
        if (cached != null && cached.isCurrent()) {
            return cached;
        }
        Listing fresh = Listing.read(dir);
        listings.put(dir, fresh);
        return fresh;
    }

    BundleImages.ProcessedImage process(Path source, String command, String options) throws ShortcodeException {
        ProcessKey key = ProcessKey.of(source, command, options);
        BundleImages.ProcessedImage known = processed.get(key);
        if (known != null) {
            return known;
        }
        BundleImages.ProcessedImage image = command == null ? processing.original(source)
                : processing.process(source, command, options);
        processed.put(key, image);
        return image;
    }

    /** Processing one image; the image core does the work. */
    interface ImageProcessing {
        BundleImages.ProcessedImage process(Path source, String command, String options) throws ShortcodeException;

        BundleImages.ProcessedImage original(Path source) throws ShortcodeException;
    }

    private record ProcessKey(Path source, long size, long modified, String command, String options) {
        static ProcessKey of(Path source, String command, String options) throws ShortcodeException {
            try {
                BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
                return new ProcessKey(source, attributes.size(), attributes.lastModifiedTime().toMillis(),
                        command, options);
            } catch (IOException e) {
                throw new ShortcodeException("image-unreadable", "cannot read " + source.getFileName()
                        + ": " + e.getMessage(), e);
            }
        }
    }

    /** The image files of a bundle by their path inside it, sorted, and the folders' times to notice changes. */
    record Listing(List<String> names, Map<Path, Long> folderTimes) {

        static Listing read(Path dir) {
            List<String> names = new ArrayList<>();
            Map<Path, Long> folders = new LinkedHashMap<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path path : (Iterable<Path>) walk::iterator) {
                    if (Files.isDirectory(path)) {
                        folders.put(path, Files.getLastModifiedTime(path).toMillis());
                    } else if (IMAGE.matcher(path.getFileName().toString()).matches()) {
                        names.add(dir.relativize(path).toString().replace('\\', '/'));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                return new Listing(List.of(), Map.of());
            }
            names.sort(null);
            return new Listing(List.copyOf(names), folders);
        }

        boolean isCurrent() {
            for (Map.Entry<Path, Long> folder : folderTimes.entrySet()) {
                try {
                    if (Files.getLastModifiedTime(folder.getKey()).toMillis() != folder.getValue()) {
                        return false;
                    }
                } catch (IOException e) {
                    return false;
                }
            }
            return !folderTimes.isEmpty();
        }
    }

    /** A post without a bundle folder: no images to find. */
    private enum NoBundle implements BundleImages {
        INSTANCE;

        @Override
        public List<Path> match(String pattern) {
            return List.of();
        }

        @Override
        public ProcessedImage process(Path source, String command, String options) throws ShortcodeException {
            throw new ShortcodeException("image-no-bundle", "this post is not in a page bundle, so it has no images"
                    + " to process: save it as index.md in a bundle folder beside its images");
        }

        @Override
        public ProcessedImage original(Path source) throws ShortcodeException {
            return process(source, null, null);
        }
    }
}
