package io.recapstudio.core.image;

/**
 * Rectangle math for the crop dialog, in image pixels: keeping a rectangle inside the image, holding it to an aspect
 * ratio while one corner (or the centre) stays put, and mapping rectangles between an image and the image turned by
 * quarter turns. The dialog draws in view coordinates and hands {@link ImageCropper} a rectangle in source pixels.
 */
public final class CropMath {

    /** The point that stays where it is when a rectangle is constrained (the corner opposite the dragged handle). */
    public enum Fixed { CENTER, TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    private CropMath() {
    }

    /** Moves {@code r} inside the image, then shrinks it if it is still larger; at least 1x1. */
    public static PixelRect clamp(PixelRect r, Size image) {
        int w = Math.max(1, Math.min(r.width(), image.width()));
        int h = Math.max(1, Math.min(r.height(), image.height()));
        int x = Math.max(0, Math.min(r.x(), image.width() - w));
        int y = Math.max(0, Math.min(r.y(), image.height() - h));
        return new PixelRect(x, y, w, h);
    }

    /**
     * The largest rectangle with exactly the preset's ratio (a whole multiple of it, so 16:9 gives 1600x900, never
     * 1601x900) that fits inside both {@code r} and the image, placed so the {@code fixed} point stays where it was.
     * {@link AspectPreset#FREE} only clamps.
     */
    public static PixelRect constrain(PixelRect r, AspectPreset preset, Size image, Fixed fixed) {
        PixelRect inside = clamp(r, image);
        if (preset.isFree()) {
            return inside;
        }
        int rw = preset.ratioWidth();
        int rh = preset.ratioHeight();
        int[] room = room(r, image, fixed);
        int k = Math.min(Math.min(inside.width(), room[0]) / rw, Math.min(inside.height(), room[1]) / rh);
        if (k < 1) {
            return largest(preset, image);
        }
        int w = k * rw;
        int h = k * rh;
        int[] anchor = anchorPoint(r, fixed);
        int x = switch (fixed) {
            case TOP_LEFT, BOTTOM_LEFT -> anchor[0];
            case TOP_RIGHT, BOTTOM_RIGHT -> anchor[0] - w;
            case CENTER -> anchor[0] - w / 2;
        };
        int y = switch (fixed) {
            case TOP_LEFT, TOP_RIGHT -> anchor[1];
            case BOTTOM_LEFT, BOTTOM_RIGHT -> anchor[1] - h;
            case CENTER -> anchor[1] - h / 2;
        };
        return clamp(new PixelRect(x, y, w, h), image);
    }

    /** The largest rectangle with the preset's exact ratio, centred in the image (the whole image when free). */
    public static PixelRect largest(AspectPreset preset, Size image) {
        if (preset.isFree()) {
            return PixelRect.of(image);
        }
        int k = Math.max(1, Math.min(image.width() / preset.ratioWidth(), image.height() / preset.ratioHeight()));
        int w = Math.min(image.width(), k * preset.ratioWidth());
        int h = Math.min(image.height(), k * preset.ratioHeight());
        return new PixelRect((image.width() - w) / 2, (image.height() - h) / 2, w, h);
    }

    /** How far the rectangle may extend from its fixed point before it leaves the image. */
    private static int[] room(PixelRect r, Size image, Fixed fixed) {
        int[] p = anchorPoint(r, fixed);
        int px = Math.max(0, Math.min(p[0], image.width()));
        int py = Math.max(0, Math.min(p[1], image.height()));
        return switch (fixed) {
            case TOP_LEFT -> new int[] {image.width() - px, image.height() - py};
            case TOP_RIGHT -> new int[] {px, image.height() - py};
            case BOTTOM_LEFT -> new int[] {image.width() - px, py};
            case BOTTOM_RIGHT -> new int[] {px, py};
            case CENTER -> new int[] {2 * Math.min(px, image.width() - px), 2 * Math.min(py, image.height() - py)};
        };
    }

    private static int[] anchorPoint(PixelRect r, Fixed fixed) {
        return switch (fixed) {
            case TOP_LEFT -> new int[] {r.x(), r.y()};
            case TOP_RIGHT -> new int[] {r.right(), r.y()};
            case BOTTOM_LEFT -> new int[] {r.x(), r.bottom()};
            case BOTTOM_RIGHT -> new int[] {r.right(), r.bottom()};
            case CENTER -> new int[] {r.x() + r.width() / 2, r.y() + r.height() / 2};
        };
    }

    /** The size of an image turned clockwise by {@code quarterTurns}. */
    public static Size turnedSize(Size image, int quarterTurns) {
        return Math.floorMod(quarterTurns, 2) == 1 ? image.transposed() : image;
    }

    /**
     * Where rectangle {@code r} of an {@code image}-sized picture lands after turning the picture clockwise by
     * {@code quarterTurns}. Turning back is {@code turn(result, turnedSize(image, q), -q)}.
     */
    public static PixelRect turn(PixelRect r, Size image, int quarterTurns) {
        return switch (Math.floorMod(quarterTurns, 4)) {
            case 1 -> new PixelRect(image.height() - r.bottom(), r.x(), r.height(), r.width());
            case 2 -> new PixelRect(image.width() - r.right(), image.height() - r.bottom(), r.width(), r.height());
            case 3 -> new PixelRect(r.y(), image.width() - r.right(), r.height(), r.width());
            default -> r;
        };
    }

    /**
     * The size a crop produces: the rectangle, turned, then scaled to {@code target} when given (a target with one
     * side 0 keeps the aspect ratio, rounded as Hugo's Resize rounds).
     */
    public static Size outputSize(PixelRect rect, int quarterTurns, Size target) {
        Size cut = turnedSize(rect.size(), quarterTurns);
        if (target == null || target.width() == 0 && target.height() == 0) {
            return cut;
        }
        return HugoGeometry.resize(cut, target.width(), target.height());
    }
}
