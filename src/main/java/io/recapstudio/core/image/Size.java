package io.recapstudio.core.image;

/**
 * A width and height in pixels. {@link #toString()} gives {@code WIDTHxHEIGHT}, the form {@code recap image} prints.
 */
public record Size(int width, int height) {

    public Size {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "x" + height);
        }
    }

    /** Width times height, as a long (no overflow for huge declared sizes). */
    public long pixels() {
        return (long) width * height;
    }

    /** Whether either side is zero. */
    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** The size after turning by a quarter turn an odd number of times. */
    public Size transposed() {
        return new Size(height, width);
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
