package io.recapstudio.core.image;

/**
 * A user's crop: a rectangle in the source's stored pixels (what Hugo sees; EXIF orientation is not applied), then
 * quarter turns clockwise, then an optional scale to a target size.
 *
 * @param rect         the region to keep, in source pixels; must lie inside the image
 * @param quarterTurns clockwise quarter turns applied after cutting (any integer; taken modulo 4)
 * @param target       the output size, or null to keep the cut's size; one side 0 keeps the aspect ratio
 * @param format       the output format, or null for the source's (WebP sources are written as PNG)
 * @param quality      JPEG quality 1–100
 */
public record CropRequest(PixelRect rect, int quarterTurns, Size target, ImageFormat format, int quality) {

    public CropRequest {
        if (rect == null || rect.isEmpty()) {
            throw new IllegalArgumentException("a crop needs a non-empty rectangle");
        }
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality ranges from 1 to 100, not " + quality);
        }
    }

    /** Just a rectangle: no turn, no scaling, the source's format, quality 90. */
    public static CropRequest of(PixelRect rect) {
        return new CropRequest(rect, 0, null, null, 90);
    }

    public CropRequest turned(int turns) {
        return new CropRequest(rect, turns, target, format, quality);
    }

    public CropRequest scaledTo(Size size) {
        return new CropRequest(rect, quarterTurns, size, format, quality);
    }

    /** The output size. */
    public Size outputSize() {
        return CropMath.outputSize(rect, quarterTurns, target);
    }
}
