package io.recapstudio.core.image;

/** A rectangle in image pixels: top-left corner and size. */
public record PixelRect(int x, int y, int width, int height) {

    public PixelRect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative rectangle size " + width + "x" + height);
        }
    }

    public static PixelRect of(Size size) {
        return new PixelRect(0, 0, size.width(), size.height());
    }

    public Size size() {
        return new Size(width, height);
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** The overlap of two rectangles (empty, at this one's corner, when they do not overlap). */
    public PixelRect intersect(PixelRect other) {
        int x0 = Math.max(x, other.x);
        int y0 = Math.max(y, other.y);
        int x1 = Math.min(right(), other.right());
        int y1 = Math.min(bottom(), other.bottom());
        if (x1 <= x0 || y1 <= y0) {
            return new PixelRect(x0, y0, 0, 0);
        }
        return new PixelRect(x0, y0, x1 - x0, y1 - y0);
    }

    /** Whether this rectangle lies inside an image of the given size. */
    public boolean fitsIn(Size image) {
        return x >= 0 && y >= 0 && right() <= image.width() && bottom() <= image.height();
    }
}
