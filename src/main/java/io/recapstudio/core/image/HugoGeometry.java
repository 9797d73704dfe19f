package io.recapstudio.core.image;

/**
 * The output size of a Hugo image operation, computed as Hugo 0.111's imaging library computes it (same rounding,
 * same order: the rotation first, then the command), without decoding any pixels.
 *
 * <ul>
 *   <li>Resize with one side: the other is {@code max(1, floor(side * ratio + 0.5))}; with both: exactly that size.
 *       Enlarges.</li>
 *   <li>Fit: the source size when it already fits; otherwise the longer ratio decides, the other side rounded
 *       half up and capped at the box. Never enlarges; a side can round to 0 (see {@link HugoOutput#failsBuild}).</li>
 *   <li>Fill: always exactly the box.</li>
 *   <li>Crop: the box cut at the anchor and clipped to the image. With the Smart anchor Hugo first cuts the
 *       region smart crop picks (the box's aspect ratio, as large as the image allows), so when the box is larger
 *       than the image the result keeps the box's aspect ratio.</li>
 *   <li>A rotation turns the image first (r90 swaps the sides, r45 grows the canvas). With the Smart anchor Hugo
 *       picks the region in the unrotated image and cuts the rotated one, so the region can fall outside it.</li>
 * </ul>
 *
 * <p>One case depends on pixels: the Smart anchor when the box is larger than the image in a side and the image's
 * short side is over 400 px, or with a rotation; the size can then differ by a pixel (or be empty) with the position
 * smart crop picks. {@link HugoOutput#exact()} says when; {@link ImageProcessor} then gives the exact size by running
 * the analysis.
 */
public final class HugoGeometry {

    private HugoGeometry() {
    }

    /** What Hugo produces for {@code spec} on a {@code source}-sized image, with Hugo's default imaging settings. */
    public static HugoOutput predict(ImageSpec spec, Size source, ImageFormat sourceFormat) {
        return predict(spec, source, sourceFormat, ImagingDefaults.HUGO);
    }

    /** As {@link #predict(ImageSpec, Size, ImageFormat)}, with a site's imaging defaults (its anchor matters). */
    public static HugoOutput predict(ImageSpec spec, Size source, ImageFormat sourceFormat,
                                     ImagingDefaults defaults) {
        ImageFormat target = spec.targetFormat(sourceFormat);
        Size rotated = rotatedSize(source, spec.rotation());
        boolean smart = spec.anchor(defaults) == Anchor.SMART;
        if (!smart || spec.command() == ImageCommand.RESIZE || spec.command() == ImageCommand.FIT) {
            return new HugoOutput(outputSize(spec, source, defaults), target, true);
        }
        SmartRange range = smartRange(spec, source, rotated);
        boolean emptyFails = target == ImageFormat.PNG || target == ImageFormat.WEBP;
        if (spec.command() == ImageCommand.FILL) {
            boolean exact = !range.someEmpty() || range.allEmpty() || !emptyFails;
            Size box = fill(rotated, spec.width(), spec.height());
            return new HugoOutput(range.allEmpty() && emptyFails ? new Size(0, 0) : box, target, exact);
        }
        boolean exact = range.allEmpty() || !range.someEmpty() && range.smallest().equals(range.largest());
        return new HugoOutput(range.smallest(), target, exact);
    }

    /**
     * The size Hugo produces for {@code spec} on a {@code source}-sized image, with Hugo's default imaging settings;
     * may be empty (a Fit that rounds a side to 0). Where it depends on the target format (Smart with a rotation whose
     * region falls outside the image) it gives what Hugo does for JPEG; {@link #predict} knows the format.
     */
    public static Size outputSize(ImageSpec spec, Size source) {
        return outputSize(spec, source, ImagingDefaults.HUGO);
    }

    /** As {@link #outputSize(ImageSpec, Size)}, with a site's imaging defaults. */
    public static Size outputSize(ImageSpec spec, Size source, ImagingDefaults defaults) {
        Size rotated = rotatedSize(source, spec.rotation());
        return switch (spec.command()) {
            case RESIZE -> resize(rotated, spec.width(), spec.height());
            case FIT -> fit(rotated, spec.width(), spec.height());
            case FILL -> fill(rotated, spec.width(), spec.height());
            case CROP -> spec.anchor(defaults) == Anchor.SMART
                    ? smartRange(spec, source, rotated).smallest()
                    : crop(rotated, spec.width(), spec.height(), spec.anchor(defaults)).size();
        };
    }

    /** The error for an empty result, saying whether Hugo fails the build on it or writes an image showing nothing. */
    static ImageSpecException emptyResult(ImageSpec spec, Size source, HugoOutput out) {
        String why = spec.anchor(ImagingDefaults.HUGO) == Anchor.SMART && spec.rotation() != 0
                && (spec.command() == ImageCommand.FILL || spec.command() == ImageCommand.CROP)
                ? "the region Smart picks in the unrotated image lies outside the rotated one; give an anchor such as "
                + "Center" : "use a larger box, or Resize with one side";
        String effect = out.failsBuild()
                ? "Hugo fails the build on an empty " + out.format().extension() + " (\"invalid image size\")"
                : "Hugo writes an empty " + out.format().extension() + " that shows nothing on the page";
        return new ImageSpecException(spec.toString(), "on a " + source + " image it gives " + out.size()
                + " pixels: " + effect + "; " + why, out.failsBuild());
    }

    /** Hugo's Resize: one side keeps the aspect ratio (rounded half up, at least 1); both sides are taken as given. */
    public static Size resize(Size src, int width, int height) {
        int sw = src.width();
        int sh = src.height();
        if (width == 0 && height == 0 || width < 0 || height < 0 || src.isEmpty()) {
            return new Size(0, 0);
        }
        if (width == 0) {
            double fw = (double) height * sw / sh;
            return new Size((int) Math.max(1, Math.floor(fw + 0.5)), height);
        }
        if (height == 0) {
            double fh = (double) width * sh / sw;
            return new Size(width, (int) Math.max(1, Math.floor(fh + 0.5)));
        }
        return new Size(width, height);
    }

    /** Hugo's Fit: inside the box, aspect kept, never enlarged; a side may round to 0. */
    public static Size fit(Size src, int width, int height) {
        int sw = src.width();
        int sh = src.height();
        if (width <= 0 || height <= 0 || src.isEmpty()) {
            return new Size(0, 0);
        }
        if (sw <= width && sh <= height) {
            return src;
        }
        double wratio = (double) sw / width;
        double hratio = (double) sh / height;
        if (wratio > hratio) {
            return new Size(width, Math.min((int) (sh / wratio + 0.5), height));
        }
        return new Size(Math.min((int) (sw / hratio + 0.5), width), height);
    }

    /** Hugo's Fill: always the box. */
    public static Size fill(Size src, int width, int height) {
        if (width <= 0 || height <= 0 || src.isEmpty()) {
            return new Size(0, 0);
        }
        return new Size(width, height);
    }

    /**
     * The intermediate size Fill scales to before cutting the box at the anchor: it covers the box, the other side
     * rounded half up.
     */
    public static Size fillCover(Size src, int width, int height) {
        double wratio = (double) src.width() / width;
        double hratio = (double) src.height() / height;
        if (wratio < hratio) {
            return new Size(width, Math.max((int) (src.height() / wratio + 0.5), height));
        }
        return new Size(Math.max((int) (src.width() / hratio + 0.5), width), height);
    }

    /** Hugo's Crop at a fixed anchor: the box placed at the anchor, clipped to the image. */
    public static PixelRect crop(Size src, int width, int height, Anchor anchor) {
        if (width <= 0 || height <= 0) {
            return new PixelRect(0, 0, 0, 0);
        }
        int[] p = anchor.topLeft(src.width(), src.height(), width, height);
        return new PixelRect(p[0], p[1], width, height).intersect(PixelRect.of(src));
    }

    /**
     * The size of an image after Hugo's rotation by {@code degrees} counter-clockwise: the bounding box of the turned
     * pixel centres, computed in single precision as Hugo does (so r90 of 1200x800 is 800x1200 and r45 grows).
     */
    public static Size rotatedSize(Size src, int degrees) {
        if (degrees == 0) {
            return src;
        }
        int w = src.width();
        int h = src.height();
        if (w <= 0 || h <= 0) {
            return new Size(0, 0);
        }
        float xoff = (float) w / 2 - 0.5f;
        float yoff = (float) h / 2 - 0.5f;
        double rad = Math.PI * (double) (float) degrees / 180;
        float sin = (float) Math.sin(rad);
        float cos = (float) Math.cos(rad);
        float[] xs = {0 - xoff, (float) (w - 1) - xoff, (float) (w - 1) - xoff, 0 - xoff};
        float[] ys = {0 - yoff, 0 - yoff, (float) (h - 1) - yoff, (float) (h - 1) - yoff};
        float minx = Float.MAX_VALUE;
        float maxx = -Float.MAX_VALUE;
        float miny = Float.MAX_VALUE;
        float maxy = -Float.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            float rx = xs[i] * cos - ys[i] * sin;
            float ry = xs[i] * sin + ys[i] * cos;
            minx = Math.min(minx, rx);
            maxx = Math.max(maxx, rx);
            miny = Math.min(miny, ry);
            maxy = Math.max(maxy, ry);
        }
        return new Size(roundUpSide(maxx - minx + 1), roundUpSide(maxy - miny + 1));
    }

    private static int roundUpSide(float side) {
        float s = side;
        if (s - (float) Math.floor(s) > 0.01f) {
            s += 2;
        }
        return (int) s;
    }

    /** What Smart can cut: the smallest and largest non-empty results, and whether some or all are empty. */
    private record SmartRange(Size smallest, Size largest, boolean someEmpty, boolean allEmpty) {
    }

    /**
     * Every region Smart can cut, after the rotation and clipped to the box. Hugo analyses the unrotated source and
     * cuts the rotated one, so with a rotation the region can even fall outside the image (empty).
     */
    private static SmartRange smartRange(ImageSpec spec, Size source, Size rotated) {
        int w = spec.width();
        int h = spec.height();
        PixelRect frame = PixelRect.of(rotated);
        int minW = Integer.MAX_VALUE;
        int minH = Integer.MAX_VALUE;
        int maxW = 0;
        int maxH = 0;
        boolean someEmpty = false;
        boolean allEmpty = true;
        for (PixelRect bounds : SmartCrop.candidateBounds(source, w, h)) {
            PixelRect cut = bounds.intersect(frame);
            if (cut.isEmpty()) {
                someEmpty = true;
                continue;
            }
            allEmpty = false;
            minW = Math.min(minW, Math.min(w, cut.width()));
            minH = Math.min(minH, Math.min(h, cut.height()));
            maxW = Math.max(maxW, Math.min(w, cut.width()));
            maxH = Math.max(maxH, Math.min(h, cut.height()));
        }
        Size none = new Size(0, 0);
        return allEmpty ? new SmartRange(none, none, true, true)
                : new SmartRange(new Size(minW, minH), new Size(maxW, maxH), someEmpty, false);
    }
}
