package io.recapstudio.core.image;

import java.util.Locale;
import java.util.Optional;

/**
 * Hugo's resampling filters ({@code box} by default). Each carries its kernel and support radius, the standard
 * definitions (BC-splines, windowed sincs) in single precision as Hugo's imaging library evaluates them; the
 * smart-crop analysis resamples with them. The final output is scaled by imgscalr (see {@link ImageProcessor}).
 */
public enum ResampleFilter {
    NEAREST_NEIGHBOR("NearestNeighbor", 0f),
    BOX("Box", 0.5f),
    LINEAR("Linear", 1f),
    HERMITE("Hermite", 1f),
    MITCHELL_NETRAVALI("MitchellNetravali", 2f),
    CATMULL_ROM("CatmullRom", 2f),
    BSPLINE("BSpline", 2f),
    GAUSSIAN("Gaussian", 2f),
    LANCZOS("Lanczos", 3f),
    HANN("Hann", 3f),
    HAMMING("Hamming", 3f),
    BLACKMAN("Blackman", 3f),
    BARTLETT("Bartlett", 3f),
    WELCH("Welch", 3f),
    COSINE("Cosine", 3f);

    private final String hugoName;
    private final float support;

    ResampleFilter(String hugoName, float support) {
        this.hugoName = hugoName;
        this.support = support;
    }

    public String hugoName() {
        return hugoName;
    }

    /** The kernel's radius in source pixels at scale 1; 0 for nearest neighbour. */
    public float support() {
        return support;
    }

    /** Case-insensitive, as Hugo reads it ({@code lanczos}, {@code CatmullRom}). */
    public static Optional<ResampleFilter> parse(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (ResampleFilter f : values()) {
            if (f.hugoName.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The kernel's weight at distance {@code x} (in kernel units). */
    public float kernel(float x) {
        float a = Math.abs(x);
        if (a >= support && this != BOX) {
            return 0f;
        }
        return switch (this) {
            case NEAREST_NEIGHBOR -> 0f;
            case BOX -> a <= 0.5f ? 1f : 0f;
            case LINEAR -> 1f - a;
            case HERMITE -> bcSpline(a, 0f, 0f);
            case MITCHELL_NETRAVALI -> bcSpline(a, 1f / 3f, 1f / 3f);
            case CATMULL_ROM -> bcSpline(a, 0f, 0.5f);
            case BSPLINE -> bcSpline(a, 1f, 0f);
            case GAUSSIAN -> (float) Math.exp(-2 * a * a);
            case LANCZOS -> sinc(a) * sinc(a / 3f);
            case HANN -> sinc(a) * (float) (0.5 + 0.5 * Math.cos(Math.PI * a / 3.0));
            case HAMMING -> sinc(a) * (float) (0.54 + 0.46 * Math.cos(Math.PI * a / 3.0));
            case BLACKMAN -> sinc(a) * (float) (0.42 - 0.5 * Math.cos(Math.PI * a / 3.0 + Math.PI)
                    + 0.08 * Math.cos(2.0 * Math.PI * a / 3.0));
            case BARTLETT -> sinc(a) * (3f - a) / 3f;
            case WELCH -> sinc(a) * (1f - a * a / 9f);
            case COSINE -> sinc(a) * (float) Math.cos(Math.PI / 2.0 * (a / 3.0));
        };
    }

    /** Mitchell–Netravali's two-parameter cubic family. */
    private static float bcSpline(float x, float b, float c) {
        if (x < 1) {
            return ((12 - 9 * b - 6 * c) * x * x * x + (-18 + 12 * b + 6 * c) * x * x + (6 - 2 * b)) / 6;
        }
        if (x < 2) {
            return ((-b - 6 * c) * x * x * x + (6 * b + 30 * c) * x * x + (-12 * b - 48 * c) * x + (8 * b + 24 * c))
                    / 6;
        }
        return 0f;
    }

    private static float sinc(float x) {
        if (x == 0) {
            return 1f;
        }
        return (float) (Math.sin(Math.PI * x) / (Math.PI * x));
    }
}
