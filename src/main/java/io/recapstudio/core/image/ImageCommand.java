package io.recapstudio.core.image;

import java.util.Locale;
import java.util.Optional;

/** Hugo's four image processing methods, as Docsy's {@code imgproc} shortcode names them. */
public enum ImageCommand {
    /** Scales to the given width and/or height; with one side the other keeps the aspect ratio; enlarges. */
    RESIZE("Resize"),
    /** Scales down to fit inside width x height, keeping the aspect ratio; never enlarges. */
    FIT("Fit"),
    /** Scales to cover width x height, then crops to exactly that size at the anchor; enlarges. */
    FILL("Fill"),
    /** Cuts width x height at the anchor without scaling; never larger than the source. */
    CROP("Crop");

    private final String hugoName;

    ImageCommand(String hugoName) {
        this.hugoName = hugoName;
    }

    /** The name as Hugo's method and Docsy's shortcode spell it: {@code Resize}, {@code Fit}, … */
    public String hugoName() {
        return hugoName;
    }

    /** Case-insensitive, for the command line: {@code fill}, {@code Fill} and {@code FILL} all work. */
    public static Optional<ImageCommand> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.trim().toLowerCase(Locale.ROOT);
        for (ImageCommand c : values()) {
            if (c.hugoName.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Exactly as Docsy's {@code imgproc} compares it (case-sensitive: {@code fill} makes Docsy fail the build with
     * "Invalid image processing command").
     */
    public static Optional<ImageCommand> fromDocsy(String name) {
        for (ImageCommand c : values()) {
            if (c.hugoName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
