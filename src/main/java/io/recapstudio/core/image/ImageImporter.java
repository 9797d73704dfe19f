package io.recapstudio.core.image;

import io.recapstudio.core.post.AtomicFiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Copies images into a bundle folder with safe, unique, lower-case names, fixing what would look wrong on the site.
 *
 * <p>What import keeps: an image that needs no change is copied byte for byte, with all its metadata. An image that
 * needs a change — EXIF orientation other than 1 (baked into the pixels, since Hugo ignores the tag), a location to
 * strip (EXIF GPS or XMP GPS fields, when {@link Options#stripLocation()} is on, the default), or a width over the
 * maximum — is decoded and re-encoded: only the pixels survive; EXIF (camera, date, GPS), XMP, IPTC, comments and
 * any embedded colour profile are dropped. JPEG and WebP are re-encoded at {@link Options#quality()}, PNG
 * losslessly (WebP as JPEG, or PNG when it has transparency, where the WebP encoder does not load). GIFs are always
 * copied as they are, since re-encoding would lose their animation. Metadata that cannot be read completely may hide
 * a location, so with location stripping on it is dropped too (fails closed).
 *
 * <p>Runs on the caller's thread, reporting progress after each file and checking for cancellation before each;
 * the UI wraps it in a background task. A file that fails is reported and the others go on.
 */
public final class ImageImporter {

    /**
     * @param maxWidth         scale wider images down to this width (aspect kept), or null for no limit
     * @param quality          JPEG quality 1–100 when re-encoding
     * @param stripLocation    remove location metadata (re-encodes images that carry any)
     * @param applyOrientation bake EXIF orientation into the pixels
     */
    public record Options(Integer maxWidth, int quality, boolean stripLocation, boolean applyOrientation) {

        public Options {
            if (quality < 1 || quality > 100) {
                throw new IllegalArgumentException("quality ranges from 1 to 100, not " + quality);
            }
            if (maxWidth != null && maxWidth < 1) {
                throw new IllegalArgumentException("a maximum width must be positive, not " + maxWidth);
            }
        }

        /** No size limit, quality 90, location stripped, orientation baked in. */
        public static Options defaults() {
            return new Options(null, 90, true, true);
        }

        public Options withMaxWidth(Integer width) {
            return new Options(width, quality, stripLocation, applyOrientation);
        }

        public Options withStripLocation(boolean strip) {
            return new Options(maxWidth, quality, strip, applyOrientation);
        }
    }

    /** Told after each file: how many are done of how many, and which file was just handled. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Path current);
    }

    /** Asked before each file; answering true stops the import (files already imported stay). */
    @FunctionalInterface
    public interface Cancellation {
        boolean isCancelled();
    }

    /** One imported image: where it came from, where it went, its size, and what was changed. */
    public record Imported(Path source, Path target, Size size, boolean reencoded, List<String> changes) {
    }

    /** One file that could not be imported, with the reason. */
    public record Failure(Path source, String message) {
    }

    /** The outcome of an import. */
    public record Result(List<Imported> imported, List<Failure> failures, boolean cancelled) {
    }

    private final ImageLimits limits;

    public ImageImporter() {
        this(ImageLimits.DEFAULT);
    }

    public ImageImporter(ImageLimits limits) {
        this.limits = limits;
    }

    /**
     * Imports {@code sources} (image files, or folders whose images keep their sub-folder layout under a folder of
     * the same, made-safe name) into {@code folder}.
     */
    public Result importInto(Path folder, List<Path> sources, Options options, Progress progress,
                             Cancellation cancellation) {
        List<Path[]> plan = plan(folder, sources);
        List<Imported> imported = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        int done = 0;
        for (Path[] item : plan) {
            if (cancellation != null && cancellation.isCancelled()) {
                return new Result(List.copyOf(imported), List.copyOf(failures), true);
            }
            try {
                imported.add(importOne(item[0], item[1], options));
            } catch (ImageException e) {
                failures.add(new Failure(item[0], e.getMessage()));
            }
            done++;
            if (progress != null) {
                progress.update(done, plan.size(), item[0]);
            }
        }
        return new Result(List.copyOf(imported), List.copyOf(failures), false);
    }

    /** Pairs of (source file, target folder), folders expanded in case-insensitive name order. */
    private static List<Path[]> plan(Path folder, List<Path> sources) {
        List<Path[]> plan = new ArrayList<>();
        for (Path source : sources) {
            if (!Files.isDirectory(source)) {
                plan.add(new Path[] {source, folder});
                continue;
            }
            Path base = folder.resolve(ImageFiles.safeFileName(source.getFileName().toString()));
            try (Stream<Path> files = Files.walk(source)) {
                files.filter(Files::isRegularFile).filter(ImageImporter::looksLikeImage)
                        .sorted(Comparator.comparing(f -> source.relativize(f).toString().toLowerCase(Locale.ROOT)))
                        .forEach(f -> {
                    Path relativeDir = source.relativize(f).getParent();
                    Path target = base;
                    if (relativeDir != null) {
                        for (Path part : relativeDir) {
                            target = target.resolve(ImageFiles.safeFileName(part.toString()));
                        }
                    }
                    plan.add(new Path[] {f, target});
                });
            } catch (IOException | UncheckedIOException e) {
                throw new ImageException(source, "cannot list the folder " + source + ": " + e.getMessage(), e);
            }
        }
        return plan;
    }

    private static boolean looksLikeImage(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && ImageFormat.fromPath(file).isPresent();
    }

    private Imported importOne(Path source, Path targetDir, Options options) {
        ImageReading.Header header = ImageReading.header(source);
        ExifFacts facts = header.format() == ImageFormat.GIF ? ExifFacts.NONE : ExifFacts.read(source);
        int orientation = options.applyOrientation() ? facts.orientation() : 1;
        Size oriented = Orientation.swapsSides(orientation) ? header.size().transposed() : header.size();
        List<String> changes = new ArrayList<>();
        if (orientation != 1) {
            changes.add("EXIF orientation " + orientation + " baked into the pixels");
        }
        if (options.stripLocation() && facts.hasLocation()) {
            changes.add("location removed");
        } else if (options.stripLocation() && !facts.complete()) {
            changes.add("metadata that could not be read dropped (it may hold a location)");
        }
        Integer max = options.maxWidth();
        if (max != null && oriented.width() > max) {
            changes.add("scaled from " + oriented + " to a width of " + max);
        }
        if (changes.isEmpty() || header.format() == ImageFormat.GIF) {
            return copy(source, targetDir, header.size(), changes.isEmpty() ? List.of()
                    : List.of("GIF copied unchanged (re-encoding would lose its animation)"));
        }
        return reencode(source, targetDir, header, orientation, oriented, options, changes);
    }

    private Imported copy(Path source, Path targetDir, Size size, List<String> notes) {
        Path target = ImageFiles.reserveUniqueName(targetDir, source.getFileName().toString());
        try {
            AtomicFiles.copy(source, target);
        } catch (IOException e) {
            ImageFiles.deleteQuietly(target);
            throw new ImageException(source, "cannot copy " + source + " into " + targetDir + ": " + e.getMessage(), e);
        }
        return new Imported(source, target, size, false, notes);
    }

    private Imported reencode(Path source, Path targetDir, ImageReading.Header header, int orientation,
                              Size oriented, Options options, List<String> changes) {
        Size out = oriented;
        if (options.maxWidth() != null && oriented.width() > options.maxWidth()) {
            out = HugoGeometry.resize(oriented, options.maxWidth(), 0);
        }
        int subsampling = Math.max(1, Math.min(oriented.width() / out.width(), oriented.height() / out.height()) / 2);
        boolean shrinking = !out.equals(oriented);
        ImageReading.Decoded decoded = ImageReading.decode(source, limits, null, subsampling, shrinking);
        Size stored = Orientation.swapsSides(orientation) ? out.transposed() : out;
        BufferedImage pixels = Transforms.scale(decoded.image(), stored, ResampleFilter.LANCZOS);
        pixels = Orientation.apply(pixels, orientation);
        ImageFormat format = header.format();
        if (!format.canWrite()) {
            format = ImageFiles.hasTransparentPixels(pixels) ? ImageFormat.PNG : ImageFormat.JPEG;
            changes.add("converted from WebP to " + format.extension().toUpperCase(Locale.ROOT));
        }
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String wanted = format == header.format() ? name : (dot > 0 ? name.substring(0, dot) : name) + "."
                + format.extension();
        Path target = ImageFiles.writeNew(pixels, format, options.quality(), targetDir, wanted);
        changes.add("metadata dropped (pixels re-encoded)");
        return new Imported(source, target, out, true, List.copyOf(changes));
    }
}
