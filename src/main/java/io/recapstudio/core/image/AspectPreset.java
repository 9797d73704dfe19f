package io.recapstudio.core.image;

/** The crop dialog's aspect ratios: free, or width:height (2:1 suits a featured card). */
public enum AspectPreset {
    FREE("Free", 0, 0),
    SQUARE("1:1", 1, 1),
    FOUR_THREE("4:3", 4, 3),
    THREE_TWO("3:2", 3, 2),
    SIXTEEN_NINE("16:9", 16, 9),
    TWO_ONE("2:1", 2, 1);

    private final String label;
    private final int ratioWidth;
    private final int ratioHeight;

    AspectPreset(String label, int ratioWidth, int ratioHeight) {
        this.label = label;
        this.ratioWidth = ratioWidth;
        this.ratioHeight = ratioHeight;
    }

    public String label() {
        return label;
    }

    /** The width part of the ratio (0 for free). */
    public int ratioWidth() {
        return ratioWidth;
    }

    /** The height part of the ratio (0 for free). */
    public int ratioHeight() {
        return ratioHeight;
    }

    public boolean isFree() {
        return this == FREE;
    }
}
