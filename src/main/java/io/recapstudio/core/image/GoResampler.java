package io.recapstudio.core.image;

import java.awt.image.BufferedImage;

/**
 * A separable resampler that follows the arithmetic of Hugo's imaging library (single-precision weights normalised
 * per output pixel, alpha-weighted sums, a 16-bit intermediate between the horizontal and vertical passes, rounding
 * half up to 8 bits). Used only for the small image smart crop analyses, where matching Hugo's numbers decides which
 * region wins; the final output is scaled by imgscalr.
 */
final class GoResampler {

    private static final float QF8 = 1f / 255f;
    private static final float QF16 = 1f / 65535f;

    /** Pixels as four float planes (straight, not premultiplied, alpha), as Hugo's imaging library holds them. */
    record Planes(int width, int height, float[] r, float[] g, float[] b, float[] a) {
        static Planes of(int width, int height) {
            int n = width * height;
            return new Planes(width, height, new float[n], new float[n], new float[n], new float[n]);
        }
    }

    private GoResampler() {
    }

    /** Reads an image into float planes from its 8-bit sRGB values. */
    static Planes read(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        Planes p = Planes.of(w, h);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            src.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int i = y * w + x;
                p.r[i] = (argb >> 16 & 0xff) * QF8;
                p.g[i] = (argb >> 8 & 0xff) * QF8;
                p.b[i] = (argb & 0xff) * QF8;
                p.a[i] = (argb >>> 24) * QF8;
            }
        }
        return p;
    }

    /**
     * Resizes to exactly {@code w} x {@code h} and returns premultiplied 8-bit RGBA, packed {@code 0xAARRGGBB}.
     *
     * @param premultipliedTarget whether Hugo's destination would be premultiplied RGBA (an opaque true-colour PNG)
     *                            rather than straight NRGBA (JPEG, transparent PNG): it changes rounding at .5
     */
    static int[] resize(Planes src, int w, int h, ResampleFilter filter, boolean premultipliedTarget) {
        Planes out;
        if (src.width == w && src.height == h) {
            out = src;
        } else if (filter.support() <= 0) {
            out = nearest(src, w, h);
        } else if (src.width == w) {
            out = vertical(src, h, filter);
        } else if (src.height == h) {
            out = horizontal(src, w, filter);
        } else {
            out = vertical(quantize16(horizontal(src, w, filter)), h, filter);
        }
        return pack(out, premultipliedTarget);
    }

    /**
     * As {@link #resize(Planes, int, int, ResampleFilter, boolean)} from an image, without holding the whole source
     * as float planes (16 bytes a pixel: 400 MB for a 24 MP photo): the horizontal pass reads one source row at a
     * time, so memory is the small {@code w x source height} intermediate. The arithmetic is the same.
     */
    static int[] resize(BufferedImage src, int w, int h, ResampleFilter filter, boolean premultipliedTarget) {
        int sw = src.getWidth();
        int sh = src.getHeight();
        if (sw == w || filter.support() <= 0) {
            return resize(read(sw == w ? src : sampled(src, w, h)), w, h, filter, premultipliedTarget);
        }
        Weights weights = Weights.of(w, sw, filter);
        Planes out = Planes.of(w, sh);
        Planes row = Planes.of(sw, 1);
        int[] argb = new int[sw];
        for (int y = 0; y < sh; y++) {
            src.getRGB(0, y, sw, 1, argb, 0, sw);
            for (int x = 0; x < sw; x++) {
                row.r[x] = (argb[x] >> 16 & 0xff) * QF8;
                row.g[x] = (argb[x] >> 8 & 0xff) * QF8;
                row.b[x] = (argb[x] & 0xff) * QF8;
                row.a[x] = (argb[x] >>> 24) * QF8;
            }
            resizeLine(row, 0, 1, out, y * w, 1, weights);
        }
        return pack(sh == h ? out : vertical(quantize16(out), h, filter), premultipliedTarget);
    }

    /** The pixels nearest-neighbour sampling reads, as a {@code w x h} image (the same picks as {@link #nearest}). */
    private static BufferedImage sampled(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        double dx = (double) src.getWidth() / w;
        double dy = (double) src.getHeight() / h;
        for (int y = 0; y < h; y++) {
            int sy = (int) Math.floor((y + 0.5) * dy);
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, src.getRGB((int) Math.floor((x + 0.5) * dx), sy));
            }
        }
        return out;
    }

    private static Planes nearest(Planes src, int w, int h) {
        Planes out = Planes.of(w, h);
        double dx = (double) src.width / w;
        double dy = (double) src.height / h;
        for (int y = 0; y < h; y++) {
            int sy = (int) Math.floor((y + 0.5) * dy);
            for (int x = 0; x < w; x++) {
                int sx = (int) Math.floor((x + 0.5) * dx);
                copy(src, sy * src.width + sx, out, y * w + x);
            }
        }
        return out;
    }

    private static void copy(Planes from, int i, Planes to, int j) {
        to.r[j] = from.r[i];
        to.g[j] = from.g[i];
        to.b[j] = from.b[i];
        to.a[j] = from.a[i];
    }

    private static Planes horizontal(Planes src, int w, ResampleFilter filter) {
        Weights weights = Weights.of(w, src.width, filter);
        Planes out = Planes.of(w, src.height);
        for (int y = 0; y < src.height; y++) {
            resizeLine(src, y * src.width, 1, out, y * w, 1, weights);
        }
        return out;
    }

    private static Planes vertical(Planes src, int h, ResampleFilter filter) {
        Weights weights = Weights.of(h, src.height, filter);
        Planes out = Planes.of(src.width, h);
        for (int x = 0; x < src.width; x++) {
            resizeLine(src, x, src.width, out, x, src.width, weights);
        }
        return out;
    }

    private static void resizeLine(Planes src, int srcStart, int srcStep, Planes dst, int dstStart, int dstStep,
                                   Weights weights) {
        for (int i = 0; i < weights.count(); i++) {
            float r = 0;
            float g = 0;
            float b = 0;
            float a = 0;
            for (int k = weights.start[i]; k < weights.start[i + 1]; k++) {
                int s = srcStart + weights.index[k] * srcStep;
                float wa = src.a[s] * weights.weight[k];
                r += src.r[s] * wa;
                g += src.g[s] * wa;
                b += src.b[s] * wa;
                a += wa;
            }
            if (a != 0) {
                r /= a;
                g /= a;
                b /= a;
            }
            int d = dstStart + i * dstStep;
            dst.r[d] = r;
            dst.g[d] = g;
            dst.b[d] = b;
            dst.a[d] = a;
        }
    }

    /** The 16-bit straight-alpha temporary image between the two passes. */
    private static Planes quantize16(Planes p) {
        for (int i = 0; i < p.r.length; i++) {
            p.r[i] = toU16(p.r[i] * 65535f) * QF16;
            p.g[i] = toU16(p.g[i] * 65535f) * QF16;
            p.b[i] = toU16(p.b[i] * 65535f) * QF16;
            p.a[i] = toU16(p.a[i] * 65535f) * QF16;
        }
        return p;
    }

    private static int[] pack(Planes p, boolean premultiplied) {
        int[] out = new int[p.r.length];
        for (int i = 0; i < out.length; i++) {
            int r;
            int g;
            int b;
            int a;
            if (premultiplied) {
                float fa = p.a[i] * 255f;
                r = toU8(p.r[i] * fa);
                g = toU8(p.g[i] * fa);
                b = toU8(p.b[i] * fa);
                a = toU8(fa);
            } else {
                a = toU8(p.a[i] * 255f);
                r = toU8(p.r[i] * 255f) * a / 255;
                g = toU8(p.g[i] * 255f) * a / 255;
                b = toU8(p.b[i] * 255f) * a / 255;
            }
            out[i] = a << 24 | r << 16 | g << 8 | b;
        }
        return out;
    }

    private static int toU8(float v) {
        long x = (long) (v + 0.5f);
        return (int) Math.max(0, Math.min(255, x));
    }

    private static int toU16(float v) {
        long x = (long) (v + 0.5f);
        return (int) Math.max(0, Math.min(65535, x));
    }

    /** Per output pixel, the source indices and normalised weights (a compressed sparse row layout). */
    private record Weights(int[] start, int[] index, float[] weight) {

        int count() {
            return start.length - 1;
        }

        static Weights of(int dstSize, int srcSize, ResampleFilter filter) {
            float delta = (float) srcSize / (float) dstSize;
            float scale = Math.max(delta, 1f);
            float radius = (float) Math.ceil(scale * filter.support());
            int capacity = dstSize * ((int) radius + 2) * 2;
            int[] start = new int[dstSize + 1];
            int[] index = new int[capacity];
            float[] weight = new float[capacity];
            int n = 0;
            for (int i = 0; i < dstSize; i++) {
                float center = ((float) i + 0.5f) * delta - 0.5f;
                int left = Math.max(0, (int) Math.ceil(center - radius));
                int right = Math.min(srcSize - 1, (int) Math.floor(center + radius));
                start[i] = n;
                float sum = 0;
                for (int j = left; j <= right; j++) {
                    float wt = filter.kernel(((float) j - center) / scale);
                    if (wt != 0) {
                        index[n] = j;
                        weight[n] = wt;
                        sum += wt;
                        n++;
                    }
                }
                for (int k = start[i]; k < n; k++) {
                    weight[k] /= sum;
                }
            }
            start[dstSize] = n;
            return new Weights(start, index, weight);
        }
    }
}
