package io.recapstudio.core.markdown;

import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.system.UserFolders;
import io.recapstudio.core.image.CachedImage;
import io.recapstudio.core.image.ImageException;
import io.recapstudio.core.image.ImageProcessor;
import io.recapstudio.core.image.ImageSpec;
import io.recapstudio.core.image.ProcessedImageCache;
import io.recapstudio.core.post.BundleResource;
import io.recapstudio.core.post.HugoGlob;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.post.ResolvedResource;
import io.recapstudio.core.post.ResourceMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Gives each render the {@link BundleImages} of its bundle folder. One provider lives as long as the renderer and
 * remembers what it learnt from disk: the bundle's resource list (read by {@link PageBundle}, re-read when a folder
 * of the bundle changes) and, through a {@link ProcessedImageCache}, every processed image. After the first render
 * a keystroke costs a few file-status calls, not image work. Thread-safe.
 */
public final class BundleImagesProvider {

    private final ProcessedImageCache cache;
    private final Map<Path, Listing> listings = new ConcurrentHashMap<>();
    private final Map<Path, Opened> opened = new ConcurrentHashMap<>();
    /** Compiled resource globs by pattern; a post uses a handful, the same on every render. */
    private final Map<String, Optional<HugoGlob>> globs = new ConcurrentHashMap<>();

    /** Processed images are kept in {@code cacheDir} (created when needed). */
    public BundleImagesProvider(Path cacheDir) {
        this.cache = new ProcessedImageCache(cacheDir, new ImageProcessor());
    }

    /**
     * The folder for processed preview images: {@code $XDG_CACHE_HOME/recap-studio/preview-images} (by default
     * {@code ~/.cache/…}), {@code ~/Library/Caches/…} on macOS, {@code %LOCALAPPDATA%\…} on Windows.
     */
    public static Path userCacheDir() {
        return UserFolders.current().cache().resolve("preview-images");
    }

    /** The image work done so far: cache keys hashed and images processed (a keystroke should add none). */
    public ProcessedImageCache.Stats imageWork() {
        return cache.stats();
    }

    /** The images of the bundle in {@code bundleDir} with the post's {@code resources} metadata applied. */
    public BundleImages open(Optional<Path> bundleDir, List<Map<String, Object>> resourcesMetadata) {
        if (bundleDir.isEmpty()) {
            return new Bundle(false, List.of(), cache, this::glob, new ConcurrentHashMap<>());
        }
        Path dir = bundleDir.get().toAbsolutePath().normalize();
        Listing listing = listing(dir);
        // The same files with the same metadata: the last view, whose matches are known (a keystroke re-renders
        // every imgproc call, each matching a glob against every resource).
        Opened last = opened.get(dir);
        if (last != null && last.listing() == listing && last.metadata().equals(resourcesMetadata)) {
            return last.bundle();
        }
        ResourceMetadata.Result resolved = ResourceMetadata.resolve(resourcesMetadata, listing.resources());
        List<BundleImages.Resource> resources = resolved.resources().stream().map(Bundle::resource).toList();
        Bundle bundle = new Bundle(listing.bundle(), resources, cache, this::glob, new ConcurrentHashMap<>());
        opened.put(dir, new Opened(listing, List.copyOf(resourcesMetadata), bundle));
        return bundle;
    }

    /** The view of a bundle last opened, for the listing and metadata it was made from. */
    private record Opened(Listing listing, List<Map<String, Object>> metadata, Bundle bundle) {
    }

    private Optional<HugoGlob> glob(String pattern) {
        if (globs.size() > 1024) {
            globs.clear();
        }
        return globs.computeIfAbsent(pattern, HugoGlob::tryCompile);
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

    /** A bundle's resources as {@link PageBundle} lists them, and its folders' times to notice changes. */
    private record Listing(boolean bundle, List<BundleResource> resources, Map<Path, Long> folderTimes) {

        static Listing read(Path dir) {
            Map<Path, Long> folders = new LinkedHashMap<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path path : (Iterable<Path>) walk::iterator) {
                    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) { // a linked folder is not the bundle's
                        folders.put(path, Files.getLastModifiedTime(path).toMillis());
                    }
                }
                if (!Files.isRegularFile(dir.resolve(PageBundle.INDEX))) {
                    return new Listing(false, List.of(), folders); // a single page: Hugo gives it no resources
                }
                return new Listing(true, PageBundle.open(dir).resources(), folders);
            } catch (IOException | java.io.UncheckedIOException e) {
                return new Listing(false, List.of(), Map.of());
            }
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

    /** One render's view of a bundle. */
    private record Bundle(boolean isPageBundle, List<BundleImages.Resource> resources, ProcessedImageCache cache,
                          java.util.function.Function<String, Optional<HugoGlob>> globs,
                          Map<String, List<Resource>> matches) implements BundleImages {

        static BundleImages.Resource resource(ResolvedResource resolved) {
            return new BundleImages.Resource(resolved.name(), resolved.resource().file(),
                    resolved.resource().isImage(), resolved.params());
        }

        @Override
        public List<Resource> match(String pattern) {
            if (matches.size() > 4096) {
                matches.clear();
            }
            return matches.computeIfAbsent(pattern, p -> globs.apply(p)
                    .map(glob -> resources.stream().filter(r -> glob.matches(r.name())).toList())
                    .orElse(List.of()));
        }

        @Override
        public Processed process(Resource image, ImageSpec spec) throws ShortcodeException {
            if (!image.image()) {
                throw new ShortcodeException(RuleId.IMAGE_NOT_AN_IMAGE.id(), image.name() + " is not an image Hugo can"
                        + " process: use a JPEG, PNG, GIF, WebP, TIFF or BMP file");
            }
            try {
                CachedImage processed = cache.get(image.file(), spec);
                return new Processed(processed.file(), processed.size().width(), processed.size().height());
            } catch (ImageException e) {
                throw new ShortcodeException(RuleId.IMAGE_PROCESSING.id(), image.name() + ": " + e.getMessage(), e);
            }
        }
    }
}
