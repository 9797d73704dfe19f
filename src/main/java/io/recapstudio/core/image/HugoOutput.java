package io.recapstudio.core.image;

/**
 * What Hugo makes of a spec on a source: the size and format of the result, and whether the size is certain
 * without looking at the pixels (see {@link HugoGeometry}).
 *
 * @param size   width and height; may be empty
 * @param format the format Hugo writes
 * @param exact  false when the size depends on where smart crop lands (then {@link ImageProcessor} knows)
 */
public record HugoOutput(Size size, ImageFormat format, boolean exact) {

    /** Whether the result has no pixels (a side rounded to 0, or a Smart region outside a rotated image). */
    public boolean isEmpty() {
        return size.isEmpty();
    }

    /**
     * Whether Hugo stops the site build on this result: its PNG and WebP encoders refuse an empty image ("invalid
     * image size"), while JPEG, GIF, TIFF and BMP write one that shows nothing on the page.
     */
    public boolean failsBuild() {
        return size.isEmpty() && (format == ImageFormat.PNG || format == ImageFormat.WEBP);
    }
}
