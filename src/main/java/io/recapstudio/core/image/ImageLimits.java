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

    /** The longest side a result may have (WebP's own limit; {@code Fill 1x50000000} is refused by it). */
    public static final int MAX_OUTPUT_SIDE = 16_383;

    /**
     * Up to 50 MP decoded at once (200 MB) and results up to 50 MP, less in a small heap (a twentieth of it each, so
     * the decoded source, its scaled copies and the result fit: 26 MP under {@code -Xmx512m}); sources up to 250 MP.
     */
    public static final ImageLimits DEFAULT = forHeap(Runtime.getRuntime().maxMemory());

    public ImageLimits {
        if (decodePixels < 1 || maxSourcePixels < 1 || maxOutputPixels < 1) {
            throw new IllegalArgumentException("pixel limits must be positive");
        }
    }

    /** The default limits for a heap of {@code maxMemory} bytes. */
    public static ImageLimits forHeap(long maxMemory) {
        long budget = Math.max(4_000_000L, Math.min(50_000_000L, maxMemory / 20));
        return new ImageLimits(budget, 250_000_000L, budget);
    }

    static String megapixels(long pixels) {
        return String.format(java.util.Locale.ROOT, "%.1f MP", pixels / 1_000_000.0);
    }
}
