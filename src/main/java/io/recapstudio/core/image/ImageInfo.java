package io.recapstudio.core.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Facts about an image file read without decoding its pixels: the size from the header, the format from the content
 * (not the extension), the file size, and the EXIF orientation. Fast enough for a media panel of hundreds of photos.
 *
 * @param path            the file
 * @param width           stored width in pixels (what Hugo sees: Hugo ignores EXIF orientation)
 * @param height          stored height in pixels
 * @param format          the format the content is in
 * @param fileSize        bytes on disk
 * @param exifOrientation EXIF orientation 1–8 (1 when absent): 6 and 8 mean a phone photo Hugo will show sideways
 */
public record ImageInfo(Path path, int width, int height, ImageFormat format, long fileSize, int exifOrientation) {

    /**
     * Reads the header and EXIF of {@code file}.
     *
     * @throws UnreadableImageException when the file is missing, not an image, or its header is damaged
     */
    public static ImageInfo read(Path file) {
        ImageReading.Header header = ImageReading.header(file);
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableImageException(file, file + " cannot be read: " + e.getMessage(), e);
        }
        int orientation = header.format() == ImageFormat.GIF || header.format() == ImageFormat.BMP
                ? 1 : ExifFacts.read(file).orientation();
        return new ImageInfo(file, header.size().width(), header.size().height(), header.format(), bytes,
                orientation);
    }

    /** The stored size. */
    public Size size() {
        return new Size(width, height);
    }

    /** The size as a viewer that honours EXIF orientation shows it (sides swapped for orientations 5–8). */
    public Size orientedSize() {
        return Orientation.swapsSides(exifOrientation) ? size().transposed() : size();
    }

    /** Whether EXIF asks viewers to turn or flip the image, which Hugo will not do. */
    public boolean needsOrientation() {
        return exifOrientation != 1;
    }
}
