package io.recapstudio.core.image;

/**
 * A site's image processing defaults (Hugo's {@code imaging} configuration): used for whatever a spec leaves out.
 * {@link #HUGO} holds Hugo's own defaults: quality 75, filter Box, anchor Smart, background white.
 *
 * @param quality    JPEG/WebP quality, 1–100
 * @param filter     resampling filter
 * @param anchor     anchor for Fill and Crop
 * @param background fills transparency when the target format has none (JPEG)
 */
public record ImagingDefaults(int quality, ResampleFilter filter, Anchor anchor, Rgb background) {

    public static final ImagingDefaults HUGO = new ImagingDefaults(75, ResampleFilter.BOX, Anchor.SMART, Rgb.WHITE);

    public ImagingDefaults {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("imaging quality ranges from 1 to 100, not " + quality);
        }
        if (filter == null || anchor == null || background == null) {
            throw new IllegalArgumentException("filter, anchor and background are required");
        }
    }
}
