package io.recapstudio.core.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Applies a Hugo image processing spec to an image file as Hugo 0.111 does — rotation first, then Resize, Fit, Fill or
 * Crop with the anchor (Smart included), then the background for transparency — at exactly Hugo's output size
 * ({@link HugoGeometry}), with imgscalr doing the scaling. Images over the decode budget are decoded subsampled when
 * the operation shrinks them anyway, or only the region a Crop needs; anything else over the limits is refused with
 * an {@link ImageTooLargeException}. Stateless and thread-safe.
 */
public final class ImageProcessor {

    private final ImageLimits limits;
    private final ImagingDefaults defaults;

    /** Hugo's default imaging settings and the default pixel limits. */
    public ImageProcessor() {
        this(ImageLimits.DEFAULT, ImagingDefaults.HUGO);
    }

    public ImageProcessor(ImageLimits limits, ImagingDefaults defaults) {
        this.limits = limits;
        this.defaults = defaults;
    }

    public ImagingDefaults defaults() {
        return defaults;
    }

    public ImageLimits limits() {
        return limits;
    }

    /**
     * What Hugo produces for {@code spec} on {@code source}: from the header and the size math, decoding pixels only
     * where the size depends on them (Smart; see {@link HugoGeometry}). The result is always exact.
     */
    public HugoOutput predict(Path source, ImageSpec spec) {
        ImageReading.Header header = ImageReading.header(source);
        ImageFormat sourceFormat = ImageFormat.fromPath(source).orElse(header.format());
        HugoOutput predicted = HugoGeometry.predict(spec, header.size(), sourceFormat, defaults);
        if (predicted.exact()) {
            return predicted;
        }
        try {
            return new HugoOutput(process(source, spec).size(), predicted.format(), true);
        } catch (ImageSpecException empty) {
            Size none = new Size(0, 0);
            return new HugoOutput(none, predicted.format(), true);
        }
    }

    /**
     * The exact size Hugo produces for {@code spec} on {@code source} (see {@link #predict}).
     *
     * @throws ImageSpecException when the result is empty; {@link ImageSpecException#hugoFailsBuild()} tells whether
     *                            Hugo fails the build (PNG, WebP) or writes an image that shows nothing
     */
    public Size outputSize(Path source, ImageSpec spec) {
        HugoOutput out = predict(source, spec);
        if (out.isEmpty()) {
            throw HugoGeometry.emptyResult(spec, ImageReading.header(source).size(), out);
        }
        return out.size();
    }

    /**
     * Processes {@code source} in memory.
     *
     * @throws ImageSpecException  when Hugo's result is empty (it fails the build, or shows nothing)
     * @throws ImageException      when the file cannot be read or is over the limits
     */
    public ProcessedImage process(Path source, ImageSpec spec) {
        ImageReading.Header header = ImageReading.header(source);
        ImageFormat sourceFormat = ImageFormat.fromPath(source).orElse(header.format());
        HugoOutput predicted = checked(source, spec, header.size(), sourceFormat);
        ImageFormat target = predicted.format();
        if (spec.command() == ImageCommand.CROP && spec.anchor(defaults) != Anchor.SMART && spec.rotation() == 0) {
            PixelRect rect = HugoGeometry.crop(header.size(), spec.width(), spec.height(), spec.anchor(defaults));
            return finish(ImageReading.decode(source, limits, rect, 1, false).image(), spec, target);
        }
        Size rotated = HugoGeometry.rotatedSize(header.size(), spec.rotation());
        boolean overBudget = Math.max(header.size().pixels(), rotated.pixels()) > limits.decodePixels();
        int minSubsampling = overBudget && spec.command() != ImageCommand.CROP
                ? Math.max(shrinkFactor(spec, header.size(), predicted.size()),
                        rotationFactor(header.size(), rotated)) : 1;
        ImageReading.Decoded decoded = ImageReading.decode(source, limits, null, minSubsampling, true);
        BufferedImage pixels = new Pipeline(source, spec, decoded, target).run();
        return finish(pixels, spec, target);
    }

    /** Processes an image already in memory (no subsampling; the caller decoded it). */
    public ProcessedImage process(BufferedImage source, ImageFormat sourceFormat, ImageSpec spec) {
        Size size = new Size(source.getWidth(), source.getHeight());
        ImageFormat target = checked(null, spec, size, sourceFormat).format();
        ImageReading.Decoded decoded = new ImageReading.Decoded(source, size, sourceFormat, 1, PixelRect.of(size));
        return finish(new Pipeline(null, spec, decoded, target).run(), spec, target);
    }

    /** The prediction, refused when certainly empty or over the output limit. */
    private HugoOutput checked(Path source, ImageSpec spec, Size size, ImageFormat sourceFormat) {
        HugoOutput predicted = HugoGeometry.predict(spec, size, sourceFormat, defaults);
        if (predicted.exact() && predicted.isEmpty()) {
            throw HugoGeometry.emptyResult(spec, size, predicted);
        }
        requireOutputWithinLimits(source, spec, predicted.size());
        return predicted;
    }

    /**
     * Processes {@code source} and writes the result to {@code out} atomically. The format comes from {@code out}'s
     * extension when it names one, else from the spec, else the source's.
     *
     * @return the size written
     */
    public Size write(Path source, ImageSpec spec, Path out) {
        ProcessedImage result = process(source, spec);
        ImageFormat format = ImageFormat.fromPath(out).orElse(result.format());
        if (!format.canWrite()) {
            throw new ImageException(out, "cannot write " + out + ": this app reads WebP but cannot write it; "
                    + "write .png or .jpg instead (Hugo's output size, " + result.size() + ", is the same)");
        }
        int quality = spec.quality(format, defaults).orElse(defaults.quality());
        ImageFiles.write(result.image(), format, quality, out);
        return result.size();
    }

    private ProcessedImage finish(BufferedImage pixels, ImageSpec spec, ImageFormat target) {
        BufferedImage image = pixels;
        boolean transparent = ImageFiles.hasTransparentPixels(image);
        if (transparent && (spec.background() != null || !target.supportsTransparency())) {
            image = ImageFiles.flatten(image, spec.background() != null ? spec.background() : defaults.background());
        }
        return new ProcessedImage(image, target, spec.quality(target, defaults));
    }

    private void requireOutputWithinLimits(Path source, ImageSpec spec, Size out) {
        if (Math.max(out.width(), out.height()) > ImageLimits.MAX_OUTPUT_SIDE) {
            throw new ImageTooLargeException(source, "\"" + spec + "\" asks for " + out + " pixels, a side longer "
                    + "than the " + ImageLimits.MAX_OUTPUT_SIDE + " pixels this app produces (and WebP allows): ask "
                    + "for a smaller size");
        }
        if (out.pixels() > limits.maxOutputPixels()) {
            throw new ImageTooLargeException(source, "\"" + spec + "\" asks for " + out + " pixels ("
                    + ImageLimits.megapixels(out.pixels()) + "), more than the " + ImageLimits.megapixels(
                    limits.maxOutputPixels()) + " this app produces: ask for a smaller size");
        }
    }

    /**
     * How much of the source may be skipped while decoding without losing detail the result needs: half the
     * shrink factor, so the decoded image is still at least twice the output (only used over the budget).
     */
    private static int shrinkFactor(ImageSpec spec, Size source, Size out) {
        Size rotated = HugoGeometry.rotatedSize(source, spec.rotation());
        Size scaledTo = spec.command() == ImageCommand.FILL
                ? HugoGeometry.fillCover(rotated, spec.width(), spec.height()) : out;
        int factor = Math.min(rotated.width() / Math.max(1, scaledTo.width()),
                rotated.height() / Math.max(1, scaledTo.height()));
        return Math.max(1, factor / 2);
    }

    /**
     * The subsampling that keeps the canvas a free rotation (r45) makes within the decode budget: it grows to up to
     * twice the source's pixels.
     */
    private int rotationFactor(Size source, Size rotated) {
        if (rotated.pixels() <= source.pixels()) {
            return 1;
        }
        return ImageReading.subsamplingFor(rotated.pixels(), limits.decodePixels(), 1);
    }

    /** One run of the operation on one decoded source. */
    private final class Pipeline {
        private final Path file;
        private final ImageSpec spec;
        private final ImageReading.Decoded decoded;
        private final ImageFormat target;
        private final int s;

        Pipeline(Path file, ImageSpec spec, ImageReading.Decoded decoded, ImageFormat target) {
            this.file = file;
            this.spec = spec;
            this.decoded = decoded;
            this.target = target;
            this.s = decoded.subsampling();
        }

        private ImageSpecException empty(Size result) {
            return HugoGeometry.emptyResult(spec, decoded.sourceSize(), new HugoOutput(result, target, true));
        }

        BufferedImage run() {
            Size full = decoded.sourceSize();
            Size rotatedFull = HugoGeometry.rotatedSize(full, spec.rotation());
            if (s > 1 && spec.rotation() != 0 && spec.command() == ImageCommand.CROP) {
                throw new ImageTooLargeException(file, file + " (" + full + ") is over the decode budget and \""
                        + spec + "\" rotates it, which needs every pixel: use a smaller image");
            }
            BufferedImage rotated = spec.rotation() == 0 ? decoded.image()
                    : Transforms.rotateCounterClockwise(decoded.image(), spec.rotation());
            ResampleFilter filter = spec.filter(defaults);
            return switch (spec.command()) {
                case RESIZE, FIT -> Transforms.scale(rotated, HugoGeometry.outputSize(spec, full, defaults), filter);
                case FILL -> fill(rotated, rotatedFull, filter);
                case CROP -> crop(rotated, rotatedFull);
            };
        }

        private BufferedImage fill(BufferedImage rotated, Size rotatedFull, ResampleFilter filter) {
            int w = spec.width();
            int h = spec.height();
            Anchor anchor = spec.anchor(defaults);
            if (anchor == Anchor.SMART) {
                PixelRect bounds = smartBounds(filter).intersect(PixelRect.of(rotatedFull));
                if (!bounds.isEmpty()) {
                    return Transforms.scale(Transforms.cut(rotated, scaled(bounds)), new Size(w, h), filter);
                }
                if (new HugoOutput(bounds.size(), target, true).failsBuild()) {
                    throw empty(new Size(0, 0));
                }
                anchor = Anchor.CENTER;
            }
            Size cover = HugoGeometry.fillCover(rotatedFull, w, h);
            BufferedImage scaledImage = Transforms.scale(rotated, cover, filter);
            return Transforms.cut(scaledImage, HugoGeometry.crop(cover, w, h, anchor));
        }

        private BufferedImage crop(BufferedImage rotated, Size rotatedFull) {
            int w = spec.width();
            int h = spec.height();
            PixelRect rect;
            if (spec.anchor(defaults) == Anchor.SMART) {
                PixelRect bounds = smartBounds(spec.filter(defaults)).intersect(PixelRect.of(rotatedFull));
                PixelRect inner = HugoGeometry.crop(bounds.size(), w, h, Anchor.CENTER);
                rect = new PixelRect(bounds.x() + inner.x(), bounds.y() + inner.y(), inner.width(), inner.height());
            } else {
                rect = HugoGeometry.crop(rotatedFull, w, h, spec.anchor(defaults));
            }
            if (rect.isEmpty()) {
                throw empty(rect.size());
            }
            if (s == 1) {
                return Transforms.cut(rotated, rect);
            }
            return ImageReading.decode(file, limits, rect, 1, false).image();
        }

        /** Smart crop's region in full-resolution source coordinates (analysed on the unrotated source). */
        private PixelRect smartBounds(ResampleFilter filter) {
            BufferedImage src = decoded.image();
            boolean opaqueTrueColour = decoded.format() == ImageFormat.PNG && !src.getColorModel().hasAlpha()
                    && src.getColorModel().getNumComponents() >= 3
                    && !(src.getColorModel() instanceof java.awt.image.IndexColorModel);
            return SmartCrop.findBestCrop(src, decoded.sourceSize(), spec.width(), spec.height(), filter,
                    opaqueTrueColour);
        }

        /** A full-resolution rectangle in the (possibly subsampled) decoded image's coordinates. */
        private PixelRect scaled(PixelRect r) {
            if (s == 1) {
                return r;
            }
            int x0 = r.x() / s;
            int y0 = r.y() / s;
            int x1 = Math.max(x0 + 1, (r.right() + s - 1) / s);
            int y1 = Math.max(y0 + 1, (r.bottom() + s - 1) / s);
            return new PixelRect(x0, y0, x1 - x0, y1 - y0);
        }
    }
}
