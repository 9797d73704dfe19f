package io.recapstudio.core.image;

import java.util.Locale;
import java.util.Optional;

/** Where Fill and Crop keep the image: one of nine positions, or {@link #SMART} (Hugo's default, content-aware). */
public enum Anchor {
    CENTER("Center"), TOP_LEFT("TopLeft"), TOP("Top"), TOP_RIGHT("TopRight"), LEFT("Left"), RIGHT("Right"),
    BOTTOM_LEFT("BottomLeft"), BOTTOM("Bottom"), BOTTOM_RIGHT("BottomRight"),
    /** Hugo's smart crop: picks the region with the most detail, skin and saturation. */
    SMART("Smart");

    private final String hugoName;

    Anchor(String hugoName) {
        this.hugoName = hugoName;
    }

    public String hugoName() {
        return hugoName;
    }

    /** Case-insensitive, as Hugo reads it ({@code topleft}, {@code TopLeft}). */
    public static Optional<Anchor> parse(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (Anchor a : values()) {
            if (a.hugoName.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The top-left corner of a {@code w} x {@code h} box anchored in a {@code srcW} x {@code srcH} image, with Go's
     * integer division (truncation toward zero) as Hugo's imaging library computes it; may be negative or reach
     * past the image when the box is larger. {@link #SMART} is treated as {@link #CENTER}.
     */
    public int[] topLeft(int srcW, int srcH, int w, int h) {
        int cx = (srcW - w) / 2;
        int cy = (srcH - h) / 2;
        return switch (this) {
            case TOP_LEFT -> new int[] {0, 0};
            case TOP -> new int[] {cx, 0};
            case TOP_RIGHT -> new int[] {srcW - w, 0};
            case LEFT -> new int[] {0, cy};
            case RIGHT -> new int[] {srcW - w, cy};
            case BOTTOM_LEFT -> new int[] {0, srcH - h};
            case BOTTOM -> new int[] {cx, srcH - h};
            case BOTTOM_RIGHT -> new int[] {srcW - w, srcH - h};
            case CENTER, SMART -> new int[] {cx, cy};
        };
    }
}
