package io.recapstudio.core.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Hugo's Smart anchor: the content-aware crop Hugo takes from the smartcrop library (after smartcrop.js). The image
 * is scaled so its short side is at most 400 px; each pixel gets an edge ("detail"), a skin and a saturation
 * feature; crops of the box's aspect ratio, as large as the image allows (and down to 90 % of that when the image is
 * much larger than the box), are tried every 8 px, each scored by the features weighted by a centre-and-thirds
 * importance map; the best one, scaled back, is the region Hugo cuts.
 *
 * <p>The constants and the order of operations are the algorithm's, so the same pixels give the same region.
 */
final class SmartCrop {

    private static final double PRESCALE_MIN = 400.0;
    private static final int STEP = 8;
    private static final int SCORE_DOWN_SAMPLE = 8;
    private static final double SCALE_STEP = 0.1;
    private static final double MIN_SCALE = 0.9;
    private static final double MAX_SCALE = 1.0;

    /** How the analysis is laid out for a source size and box: the prescaled size and the crop size in it. */
    record Plan(Size source, double prescale, int lowWidth, int lowHeight, double cropWidth, double cropHeight,
                double minScale) {
    }

    private SmartCrop() {
    }

    static Plan plan(Size src, int width, int height) {
        int sw = src.width();
        int sh = src.height();
        double scale = Math.min((double) sw / width, (double) sh / height);
        double prescale = 1.0;
        double f = PRESCALE_MIN / Math.min(sw, sh);
        if (f < 1.0) {
            prescale = f;
        }
        int lowW = (int) ((double) sw * prescale);
        double factor = (double) sw / lowW;
        int lowH = (int) Math.ceil(sh / factor);
        double cropW = chop((double) width * scale * prescale);
        double cropH = chop((double) height * scale * prescale);
        double minScale = Math.min(MAX_SCALE, Math.max(1.0 / scale, MIN_SCALE));
        return new Plan(src, prescale, lowW, lowH, cropW, cropH, minScale);
    }

    /** Every region the analysis could pick, in source pixels, clipped to the image (for the size math). */
    static List<PixelRect> candidateBounds(Size src, int width, int height) {
        if (width <= 0 || height <= 0 || src.isEmpty()) {
            return List.of(new PixelRect(0, 0, 0, 0));
        }
        if (src.width() == width && src.height() == height) {
            return List.of(PixelRect.of(src));
        }
        Plan plan = plan(src, width, height);
        List<PixelRect> result = new ArrayList<>();
        for (PixelRect low : candidates(plan)) {
            result.add(backScale(low, plan));
        }
        return result.isEmpty() ? List.of(new PixelRect(0, 0, 0, 0)) : result;
    }

    /**
     * The region Hugo's smart crop picks in {@code image} for a {@code width} x {@code height} box, in source pixels
     * and clipped to the image; empty when no crop fits (Hugo then falls back to Center for Fill).
     *
     * @param pixels           the source's pixels, or a subsampled version of them (over the decode budget)
     * @param src              the source's full size
     * @param opaqueTrueColour whether Hugo decodes the source to premultiplied RGBA (an opaque true-colour PNG);
     *                         it only moves rounding at .5 in the prescaled image
     */
    static PixelRect findBestCrop(BufferedImage pixels, Size src, int width, int height, ResampleFilter filter,
                                  boolean opaqueTrueColour) {
        if (width <= 0 || height <= 0 || src.isEmpty()) {
            return new PixelRect(0, 0, 0, 0);
        }
        if (src.width() == width && src.height() == height) {
            return PixelRect.of(src);
        }
        Plan plan = plan(src, width, height);
        int[] low = GoResampler.resize(pixels, plan.lowWidth(), plan.lowHeight(), filter, opaqueTrueColour);
        int[] features = SmartCropFeatures.compute(low, plan.lowWidth(), plan.lowHeight());
        PixelRect best = new PixelRect(0, 0, 0, 0);
        double topScore = -1.0;
        for (PixelRect crop : candidates(plan)) {
            double score = SmartCropFeatures.score(features, plan.lowWidth(), plan.lowHeight(), crop);
            if (score > topScore) {
                topScore = score;
                best = crop;
            }
        }
        return backScale(best, plan);
    }

    /** The crops the analysis scores, in the prescaled image, in its order (largest scale first, rows, columns). */
    private static List<PixelRect> candidates(Plan plan) {
        List<PixelRect> result = new ArrayList<>();
        double minDimension = Math.min(plan.lowWidth(), plan.lowHeight());
        double cropW = plan.cropWidth() != 0.0 ? plan.cropWidth() : minDimension;
        double cropH = plan.cropHeight() != 0.0 ? plan.cropHeight() : minDimension;
        for (double scale = MAX_SCALE; scale >= plan.minScale(); scale -= SCALE_STEP) {
            for (int y = 0; (double) y + cropH * scale <= plan.lowHeight(); y += STEP) {
                for (int x = 0; (double) x + cropW * scale <= plan.lowWidth(); x += STEP) {
                    result.add(new PixelRect(x, y, (int) (cropW * scale), (int) (cropH * scale)));
                }
            }
        }
        return result;
    }

    private static PixelRect backScale(PixelRect low, Plan plan) {
        double p = plan.prescale();
        int x0 = (int) chop(low.x() / p);
        int y0 = (int) chop(low.y() / p);
        int x1 = (int) chop(low.right() / p);
        int y1 = (int) chop(low.bottom() / p);
        return new PixelRect(x0, y0, x1 - x0, y1 - y0).intersect(PixelRect.of(plan.source()));
    }

    private static double chop(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }
}
