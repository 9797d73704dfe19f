package io.recapstudio.core.image;

import java.awt.image.BufferedImage;
import org.imgscalr.Scalr;

/**
 * EXIF orientation (1–8) baked into pixels with imgscalr's rotations and flips, so the stored image looks the way a
 * phone showed it; Hugo ignores the tag, so without this a portrait phone photo comes out sideways.
 */
public final class Orientation {

    private Orientation() {
    }

    /** Whether the orientation swaps width and height (5–8: a quarter turn is involved). */
    public static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * Returns the image as it should be displayed for the EXIF {@code orientation}: 1 unchanged, 2 mirrored, 3 half
     * turn, 4 flipped, 5 transposed, 6 turned clockwise, 7 transversed, 8 turned counter-clockwise.
     */
    public static BufferedImage apply(BufferedImage image, int orientation) {
        return switch (orientation) {
            case 2 -> Scalr.rotate(image, Scalr.Rotation.FLIP_HORZ);
            case 3 -> Scalr.rotate(image, Scalr.Rotation.CW_180);
            case 4 -> Scalr.rotate(image, Scalr.Rotation.FLIP_VERT);
            case 5 -> Scalr.rotate(Scalr.rotate(image, Scalr.Rotation.CW_90), Scalr.Rotation.FLIP_HORZ);
            case 6 -> Scalr.rotate(image, Scalr.Rotation.CW_90);
            case 7 -> Scalr.rotate(Scalr.rotate(image, Scalr.Rotation.CW_270), Scalr.Rotation.FLIP_HORZ);
            case 8 -> Scalr.rotate(image, Scalr.Rotation.CW_270);
            default -> image;
        };
    }
}
