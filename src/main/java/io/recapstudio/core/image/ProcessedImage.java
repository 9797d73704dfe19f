package io.recapstudio.core.image;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The result of a Hugo image operation, in memory.
 *
 * @param image   the pixels, at exactly Hugo's output size
 * @param format  the format Hugo would write (the spec's, or the source's)
 * @param quality the JPEG/WebP quality Hugo would use, empty for other formats
 */
public record ProcessedImage(BufferedImage image, ImageFormat format, Optional<Integer> quality) {

    public Size size() {
        return new Size(image.getWidth(), image.getHeight());
    }
}
