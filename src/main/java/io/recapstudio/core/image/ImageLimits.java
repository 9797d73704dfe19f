package io.recapstudio.core.image;

/**
 * Pixel budgets that keep large and hostile images from exhausting memory. Sizes are read from the file header
 * before anything is decoded.
 *
 * @param decodePixels    the most pixels decoded at once (4 bytes each in memory); a larger image is decoded with
 *                        subsampling (every n-th pixel) when the operation scales it down anyway, else refused
 * @param maxSourcePixels images declaring more pixels than this are refused outright (decompression bombs)
 * @param maxOutputPixels results larger than this are refused (e.g. {@code Resize 40000x} of a small image)
 */
public record ImageLimits(long decodePixels, long maxSourcePixels, long maxOutputPixels) {

    /** 50 MP decoded at once (200 MB), sources up to 250 MP, results up to 50 MP. */
    public static final ImageLimits DEFAULT = new ImageLimits(50_000_000L, 250_000_000L, 50_000_000L);

    public ImageLimits {
        if (decodePixels < 1 || maxSourcePixels < 1 || maxOutputPixels < 1) {
            throw new IllegalArgumentException("pixel limits must be positive");
        }
    }

    static String megapixels(long pixels) {
        return String.format(java.util.Locale.ROOT, "%.1f MP", pixels / 1_000_000.0);
    }
}
