package io.recapstudio.core.image;

/**
 * The per-pixel features and the crop score of {@link SmartCrop}: edges (a Laplacian of a weighted lightness), skin
 * tone closeness and saturation, each mapped to 0–255, then summed over a grid every 8 px weighted by how important
 * each point is for a crop (centre, rule of thirds, a penalty near and outside the edges).
 */
final class SmartCropFeatures {

    private static final double[] SKIN_COLOUR = {0.78, 0.57, 0.44};
    private static final double DETAIL_WEIGHT = 0.2;
    private static final double SKIN_BIAS = 0.01;
    private static final double SKIN_BRIGHTNESS_MIN = 0.2;
    private static final double SKIN_BRIGHTNESS_MAX = 1.0;
    private static final double SKIN_THRESHOLD = 0.8;
    /** 255 / (1 - SKIN_THRESHOLD), exactly. */
    private static final double SKIN_SCALE = 1275.0;
    private static final double SKIN_WEIGHT = 1.8;
    private static final double SATURATION_BRIGHTNESS_MIN = 0.05;
    private static final double SATURATION_BRIGHTNESS_MAX = 0.9;
    private static final double SATURATION_THRESHOLD = 0.4;
    /** 255 / (1 - SATURATION_THRESHOLD), exactly. */
    private static final double SATURATION_SCALE = 425.0;
    private static final double SATURATION_BIAS = 0.2;
    private static final double SATURATION_WEIGHT = 0.3;
    private static final int DOWN_SAMPLE = 8;
    private static final double EDGE_RADIUS = 0.4;
    private static final double EDGE_WEIGHT = -20.0;
    private static final double OUTSIDE_IMPORTANCE = -0.5;

    private SmartCropFeatures() {
    }

    /** Features packed as {@code skin << 16 | detail << 8 | saturation}, one int per pixel. */
    static int[] compute(int[] rgba, int width, int height) {
        double[] cies = new double[rgba.length];
        for (int i = 0; i < rgba.length; i++) {
            cies[i] = cie(rgba[i]);
        }
        int[] out = new int[rgba.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                double lightness = 0;
                if (x != 0 && x < width - 1 && y != 0 && y < height - 1) {
                    lightness = cies[i] * 4.0 - cies[i - width] - cies[i - 1] - cies[i + 1] - cies[i + width];
                }
                int detail = (int) clamp(lightness);
                out[i] = skin(rgba[i], cies[i]) << 16 | detail << 8 | saturation(rgba[i], cies[i]);
            }
        }
        return out;
    }

    private static double cie(int c) {
        return 0.5126 * (c & 0xff) + 0.7152 * (c >> 8 & 0xff) + 0.0722 * (c >> 16 & 0xff);
    }

    private static double clamp(double v) {
        return Math.min(Math.max(v, 0.0), 255);
    }

    private static int skin(int c, double cie) {
        double r = c >> 16 & 0xff;
        double g = c >> 8 & 0xff;
        double b = c & 0xff;
        double mag = Math.sqrt(r * r + g * g + b * b);
        double rd = r / mag - SKIN_COLOUR[0];
        double gd = g / mag - SKIN_COLOUR[1];
        double bd = b / mag - SKIN_COLOUR[2];
        double skin = 1.0 - Math.sqrt(rd * rd + gd * gd + bd * bd);
        double lightness = cie / 255.0;
        if (skin > SKIN_THRESHOLD && lightness >= SKIN_BRIGHTNESS_MIN && lightness <= SKIN_BRIGHTNESS_MAX) {
            return (int) clamp((skin - SKIN_THRESHOLD) * SKIN_SCALE);
        }
        return 0;
    }

    private static int saturation(int c, double cie) {
        int r = c >> 16 & 0xff;
        int g = c >> 8 & 0xff;
        int b = c & 0xff;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        double sat = 0;
        if (max != min) {
            double maximum = max / 255.0;
            double minimum = min / 255.0;
            double l = (maximum + minimum) / 2.0;
            double d = maximum - minimum;
            sat = l > 0.5 ? d / (2.0 - maximum - minimum) : d / (maximum + minimum);
        }
        double lightness = cie / 255.0;
        if (sat > SATURATION_THRESHOLD && lightness >= SATURATION_BRIGHTNESS_MIN
                && lightness <= SATURATION_BRIGHTNESS_MAX) {
            return (int) clamp((sat - SATURATION_THRESHOLD) * SATURATION_SCALE);
        }
        return 0;
    }

    /** The crop's total score: the weighted feature sums divided by the crop's area. */
    static double score(int[] features, int width, int height, PixelRect crop) {
        double skin = 0;
        double detail = 0;
        double saturation = 0;
        for (int y = 0; y <= height - DOWN_SAMPLE; y += DOWN_SAMPLE) {
            for (int x = 0; x <= width - DOWN_SAMPLE; x += DOWN_SAMPLE) {
                int f = features[y * width + x];
                double r8 = f >> 16 & 0xff;
                double det = (f >> 8 & 0xff) / 255.0;
                double b8 = f & 0xff;
                double imp = importance(crop, x, y);
                skin += r8 / 255.0 * (det + SKIN_BIAS) * imp;
                detail += det * imp;
                saturation += b8 / 255.0 * (det + SATURATION_BIAS) * imp;
            }
        }
        return (detail * DETAIL_WEIGHT + skin * SKIN_WEIGHT + saturation * SATURATION_WEIGHT)
                / crop.width() / crop.height();
    }

    private static double importance(PixelRect crop, int x, int y) {
        if (crop.x() > x || x >= crop.right() || crop.y() > y || y >= crop.bottom()) {
            return OUTSIDE_IMPORTANCE;
        }
        double xf = (double) (x - crop.x()) / crop.width();
        double yf = (double) (y - crop.y()) / crop.height();
        double px = Math.abs(0.5 - xf) * 2.0;
        double py = Math.abs(0.5 - yf) * 2.0;
        double dx = Math.max(px - 1.0 + EDGE_RADIUS, 0.0);
        double dy = Math.max(py - 1.0 + EDGE_RADIUS, 0.0);
        double d = (dx * dx + dy * dy) * EDGE_WEIGHT;
        double s = 1.41 - Math.sqrt(px * px + py * py);
        s += Math.max(0.0, s + d + 0.5) * 1.2 * (thirds(px) + thirds(py));
        return s + d;
    }

    private static double thirds(double x) {
        double v = ((x - 1.0 / 3.0 + 1.0) % 2.0 * 0.5 - 0.5) * 16.0;
        return Math.max(1.0 - v * v, 0.0);
    }
}
