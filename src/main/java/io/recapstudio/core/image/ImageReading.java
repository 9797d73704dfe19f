package io.recapstudio.core.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Opens image files with ImageIO (JPEG, PNG, GIF, BMP, TIFF from the JDK; WebP from TwelveMonkeys), reads sizes from
 * the header, and decodes within the pixel budget: subsampled or a region, never more than the limits allow.
 * Every failure becomes an {@link ImageException} naming the file.
 */
final class ImageReading {

    static {
        // Decode from memory buffers, not temporary files: faster, and nothing is written outside the user's folders.
        ImageIO.setUseCache(false);
    }

    /** A decoded image: {@code image} holds every {@code subsampling}-th pixel of {@code region} of the source. */
    record Decoded(BufferedImage image, Size sourceSize, ImageFormat format, int subsampling, PixelRect region) {
    }

    /** What the header says. */
    record Header(Size size, ImageFormat format) {
    }

    private ImageReading() {
    }

    static Header header(Path file) {
        return withReader(file, (reader, format) -> new Header(size(file, reader), format));
    }

    /**
     * Decodes {@code region} (null for all) of the first image, taking every {@code minSubsampling}-th pixel or more
     * so the result stays within {@link ImageLimits#decodePixels()}.
     *
     * @param allowSubsampling whether the caller can use a subsampled image; if not, an image over the budget is
     *                         refused with {@link ImageTooLargeException}
     */
    static Decoded decode(Path file, ImageLimits limits, PixelRect region, int minSubsampling,
                          boolean allowSubsampling) {
        return withReader(file, (reader, format) -> {
            Size size = size(file, reader);
            if (size.pixels() > limits.maxSourcePixels()) {
                throw new ImageTooLargeException(file, file + " declares " + size + " pixels ("
                        + ImageLimits.megapixels(size.pixels()) + "), more than the " + ImageLimits.megapixels(
                        limits.maxSourcePixels()) + " this app opens: it may be a decompression bomb; if it is a "
                        + "real photo, scale it down with an image editor first");
            }
            PixelRect area = region == null ? PixelRect.of(size) : region.intersect(PixelRect.of(size));
            if (area.isEmpty()) {
                throw new ImageException(file, "the region " + region + " lies outside " + file + " (" + size + ")");
            }
            int s = subsamplingFor(area.size().pixels(), limits.decodePixels(), Math.max(1, minSubsampling));
            if (s > minSubsampling && !allowSubsampling) {
                throw new ImageTooLargeException(file, file + " is " + size + " (" + ImageLimits.megapixels(
                        size.pixels()) + "): decoding " + area.size() + " of it at full resolution needs more than "
                        + "the " + ImageLimits.megapixels(limits.decodePixels()) + " budget; scale the result down "
                        + "(e.g. a maximum width) or use a smaller image");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(new Rectangle(area.x(), area.y(), area.width(), area.height()));
            param.setSourceSubsampling(s, s, 0, 0);
            return new Decoded(read(file, reader, param), size, format, s, area);
        });
    }

    static int subsamplingFor(long pixels, long budget, int min) {
        int s = min;
        while (pixels / ((long) s * s) > budget) {
            s++;
        }
        return s;
    }

    private static BufferedImage read(Path file, ImageReader reader, ImageReadParam param) {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image;
        try {
            image = reader.read(0, param);
        } catch (OutOfMemoryError e) {
            throw new ImageTooLargeException(file, "not enough memory to decode " + file + ": give the app more "
                    + "memory (-Xmx) or use a smaller image");
        } catch (IOException | RuntimeException e) {
            throw corrupt(file, e);
        }
        for (String w : warnings) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.contains("premature end") || lower.contains("corrupt") || lower.contains("truncat")) {
                throw new UnreadableImageException(file, file + " is truncated or corrupt (" + w.strip()
                        + "): Hugo cannot process it either; export it again from the original", null);
            }
        }
        return image;
    }

    private static Size size(Path file, ImageReader reader) {
        try {
            return new Size(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            throw corrupt(file, e);
        }
    }

    static UnreadableImageException corrupt(Path file, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (detail.contains("Unsupported Image Type")) {
            return new UnreadableImageException(file, file + " uses a colour model this app cannot read (probably a "
                    + "CMYK JPEG); save it as an RGB JPEG or PNG", e);
        }
        if (e instanceof java.io.EOFException || detail.toLowerCase(Locale.ROOT).contains("eof")) {
            detail = "the file ends too early";
        }
        return new UnreadableImageException(file, file + " is corrupt or truncated (" + detail
                + "): Hugo cannot process it either; export it again from the original", e);
    }

    @FunctionalInterface
    interface ReaderAction<T> {
        T apply(ImageReader reader, ImageFormat format);
    }

    static <T> T withReader(Path file, ReaderAction<T> action) {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableImageException(file, file + ": no such file", new NoSuchFileException(
                    file.toString()));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new UnreadableImageException(file, file + " cannot be opened", null);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableImageException(file, file + " is not an image this app can read (JPEG, PNG, GIF, "
                        + "WebP, TIFF or BMP): the file is damaged or in another format", null);
            }
            ImageReader reader = readers.next();
            try {
                ImageFormat format = ImageFormat.fromImageIoName(reader.getFormatName())
                        .orElseThrow(() -> new UnreadableImageException(file, file + " is a "
                                + formatName(reader) + " image, which Hugo does not process", null));
                reader.setInput(in, true, true);
                return action.apply(reader, format);
            } finally {
                reader.dispose();
            }
        } catch (IIOException e) {
            throw corrupt(file, e);
        } catch (IOException e) {
            throw new UnreadableImageException(file, file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String formatName(ImageReader reader) {
        try {
            return reader.getFormatName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
