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
import javax.imageio.ImageTypeSpecifier;
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
            // The budget counts 4-byte pixels: a 16-bit RGBA image takes 8 bytes a pixel while it decodes.
            long weighed = area.size().pixels() * Math.max(1, (bytesPerPixel(reader) + 3) / 4);
            int s = subsamplingFor(weighed, limits.decodePixels(), Math.max(1, minSubsampling));
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

    /** Bytes a pixel takes in the reader's decoded image (4 when the reader does not say). */
    private static int bytesPerPixel(ImageReader reader) {
        try {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            if (types == null || !types.hasNext()) {
                return 4;
            }
            int[] bits = types.next().getSampleModel().getSampleSize();
            int total = 0;
            for (int b : bits) {
                total += b;
            }
            return Math.max(1, (total + 7) / 8);
        } catch (IOException | RuntimeException e) {
            return 4;
        }
    }

    /**
     * The image in 8-bit (A)RGB: a 16-bit or otherwise unusual raster (16-bit PNG, grey with alpha) is converted once,
     * so every later step works on 4 bytes a pixel.
     */
    private static BufferedImage standard(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
                || type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR
                || type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_BYTE_INDEXED) {
            return image;
        }
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
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
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new UnreadableImageException(file, file + " holds no pixels (0x0): Hugo cannot process it either; "
                    + "export it again from the original", null);
        }
        for (String w : warnings) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.contains("premature end") || lower.contains("corrupt") || lower.contains("truncat")) {
                throw new UnreadableImageException(file, file + " is truncated or corrupt (" + w.strip()
                        + "): Hugo cannot process it either; export it again from the original", null);
            }
        }
        return standard(image);
    }

    private static Size size(Path file, ImageReader reader) {
        try {
            Size size = new Size(reader.getWidth(0), reader.getHeight(0));
            if (size.width() <= 0 || size.height() <= 0) {
                throw new UnreadableImageException(file, file + " declares " + size + " pixels: it holds no image; "
                        + "Hugo cannot process it either", null);
            }
            return size;
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
            ImageReader reader = preferred(readers);
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

    /**
     * The first reader, skipping webp-imageio's native one (there for writing) when another can read the file:
     * decoding stays in pure Java (TwelveMonkeys for WebP), whatever order the plug-ins registered in.
     */
    private static ImageReader preferred(Iterator<ImageReader> readers) {
        ImageReader first = readers.next();
        while (first.getClass().getName().startsWith("com.luciad.") && readers.hasNext()) {
            first.dispose();
            first = readers.next();
        }
        return first;
    }

    private static String formatName(ImageReader reader) {
        try {
            return reader.getFormatName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
