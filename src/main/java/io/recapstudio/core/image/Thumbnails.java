package io.recapstudio.core.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.imgscalr.Scalr;

/**
 * Thumbnails for a media panel, from a subsampled decode: ImageIO skips all but every n-th pixel while decoding, so a
 * 24-megapixel JPEG never exists in memory at full size. The decode keeps at least twice the thumbnail's size, and
 * imgscalr scales the rest of the way.
 */
public final class Thumbnails {

    private Thumbnails() {
    }

    /**
     * A thumbnail whose longer side is at most {@code maxSide} (never enlarged).
     *
     * @param applyOrientation turn it as EXIF orientation says (as a phone shows it); false shows the stored
     *                         pixels, as Hugo will
     * @throws ImageException when the file cannot be read or declares more pixels than the limits allow
     */
    public static BufferedImage create(Path file, int maxSide, boolean applyOrientation, ImageLimits limits) {
        if (maxSide < 1) {
            throw new IllegalArgumentException("a thumbnail needs a positive size, not " + maxSide);
        }
        Size size = ImageReading.header(file).size();
        int longer = Math.max(size.width(), size.height());
        int subsampling = Math.max(1, longer / (2 * maxSide));
        ImageReading.Decoded decoded = ImageReading.decode(file, limits, null, subsampling, true);
        BufferedImage image = decoded.image();
        Size target = fitInside(new Size(image.getWidth(), image.getHeight()), maxSide);
        BufferedImage thumb = target.width() == image.getWidth() && target.height() == image.getHeight() ? image
                : Scalr.resize(Transforms.standard(image), Scalr.Method.BALANCED, Scalr.Mode.FIT_EXACT,
                target.width(), target.height());
        if (applyOrientation) {
            int orientation = ExifFacts.read(file).orientation();
            thumb = Orientation.apply(thumb, orientation);
        }
        return thumb;
    }

    /** With the default limits. */
    public static BufferedImage create(Path file, int maxSide, boolean applyOrientation) {
        return create(file, maxSide, applyOrientation, ImageLimits.DEFAULT);
    }

    /** The largest size with the same aspect ratio whose longer side is at most {@code maxSide}. */
    static Size fitInside(Size size, int maxSide) {
        int longer = Math.max(size.width(), size.height());
        if (longer <= maxSide) {
            return size;
        }
        double scale = (double) maxSide / longer;
        return new Size(Math.max(1, (int) Math.round(size.width() * scale)),
                Math.max(1, (int) Math.round(size.height() * scale)));
    }
}
