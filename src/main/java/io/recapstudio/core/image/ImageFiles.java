package io.recapstudio.core.image;

import io.recapstudio.core.post.AtomicFiles;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes images atomically (a temporary file in the same folder, then an atomic move), encodes each format with
 * ImageIO (JPEG at a quality), and picks safe, unique file names. Nothing is written outside the folder asked for.
 */
public final class ImageFiles {

    private ImageFiles() {
    }

    /**
     * Encodes {@code image} as {@code format} into {@code target}, replacing it atomically if it exists.
     *
     * @param quality JPEG quality 1–100 (ignored by other formats)
     * @throws ImageException for WebP where its encoder does not load, or when writing fails
     */
    public static void write(BufferedImage image, ImageFormat format, int quality, Path target) {
        if (!format.canWrite()) {
            throw new ImageException(target, "cannot write " + target + ": this app reads WebP but cannot write "
                    + "it; write .jpg or .png instead (Hugo's output size is the same)");
        }
        Path dir = target.toAbsolutePath().getParent();
        BufferedImage prepared = prepare(image, format);
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(target, out -> encode(prepared, format, quality, out));
        } catch (IOException e) {
            throw new ImageException(target, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes into {@code dir} under a new, unique name derived from {@code wantedName}; returns the file. */
    public static Path writeNew(BufferedImage image, ImageFormat format, int quality, Path dir, String wantedName) {
        Path reserved = reserveUniqueName(dir, wantedName);
        try {
            write(image, format, quality, reserved);
            return reserved;
        } catch (RuntimeException e) {
            deleteQuietly(reserved);
            throw e;
        }
    }

    /**
     * Creates an empty file in {@code dir} named {@code wantedName} made safe (lower case, no spaces or odd
     * characters), or with {@code -2}, {@code -3}, … before the extension when taken. Creating it reserves the name
     * atomically, so two writers never pick the same one.
     */
    public static Path reserveUniqueName(Path dir, String wantedName) {
        String safe = safeFileName(wantedName);
        int dot = safe.lastIndexOf('.');
        String stem = dot > 0 ? safe.substring(0, dot) : safe;
        String ext = dot > 0 ? safe.substring(dot) : "";
        try {
            Files.createDirectories(dir);
            for (int n = 1; n < 100_000; n++) {
                Path candidate = dir.resolve(n == 1 ? stem + ext : stem + "-" + n + ext);
                try {
                    return Files.createFile(candidate);
                } catch (FileAlreadyExistsException taken) {
                    // try the next number
                }
            }
        } catch (IOException e) {
            throw new ImageException(dir, "cannot create a file in " + dir + ": " + e.getMessage(), e);
        }
        throw new ImageException(dir, "no free name for " + safe + " in " + dir);
    }

    /**
     * A file name that works on every OS and in URLs: accents removed, lower case, anything but letters, digits,
     * dot, dash and underscore becomes a dash, repeated dashes collapsed. {@code "IMG 0042 (Café).JPG"} gives
     * {@code "img-0042-cafe.jpg"}.
     */
    public static String safeFileName(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String safe = plain.replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("-?\\.-?", ".").replaceAll("^[-.]+|[-.]+$", "");
        int dot = safe.lastIndexOf('.');
        if (safe.isEmpty() || dot == 0) {
            return "image" + (dot == 0 ? safe : "");
        }
        return safe;
    }

    /** Flattens transparency onto {@code background} and returns an opaque RGB image. */
    public static BufferedImage flatten(BufferedImage image, Rgb background) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(new java.awt.Color(background.argb()));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** Whether any pixel is not fully opaque (an alpha channel alone does not count, as in Hugo). */
    public static boolean hasTransparentPixels(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                if (argb >>> 24 != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BufferedImage prepare(BufferedImage image, ImageFormat format) {
        if (format == ImageFormat.WEBP && image.getType() != BufferedImage.TYPE_INT_RGB
                && image.getType() != BufferedImage.TYPE_INT_ARGB) {
            BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = argb.createGraphics();
            try {
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
            return argb;
        }
        boolean needsRgb = format == ImageFormat.JPEG || format == ImageFormat.BMP;
        if (needsRgb && (image.getColorModel().hasAlpha() || image.getType() == BufferedImage.TYPE_CUSTOM)) {
            return flatten(image, Rgb.WHITE);
        }
        return image;
    }

    private static void encode(BufferedImage image, ImageFormat format, int quality, OutputStream out)
            throws IOException {
        if (format == ImageFormat.WEBP) {
            WebpEncoding.encode(image, quality, out);
            return;
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.imageIoName());
        if (!writers.hasNext()) {
            throw new IOException("no " + format + " encoder available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(Math.max(1, Math.min(100, quality)) / 100f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the real error is reported by the caller
        }
    }
}
