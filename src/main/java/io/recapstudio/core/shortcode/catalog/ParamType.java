package io.recapstudio.core.shortcode.catalog;

import java.util.Locale;
import java.util.Optional;

/** What a shortcode parameter holds; decides the form field the palette shows. */
public enum ParamType {
    /** Free text. */
    STRING,
    /** A whole number (width, start seconds). */
    INTEGER,
    /** true/false. */
    BOOLEAN,
    /** One of {@link ParamSpec#choices()}. */
    CHOICE,
    /** The name (or partial name) of an image of the bundle, as {@code imgproc} looks it up. */
    RESOURCE,
    /** A Hugo image processing spec ({@code 600x q80 Center}). */
    IMAGE_OPTIONS,
    /** A glob over the bundle's files ({@code flickr/*}). */
    GLOB,
    /** A path of another page ({@code ref}, {@code relref}). */
    PAGE,
    /** A URL or a path to a file. */
    URL;

    /** {@code string}, {@code integer}, {@code image-options}, … as in {@code recap shortcodes --format json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ParamType> parse(String id) {
        String t = id == null ? "" : id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ParamType type : values()) {
            if (type.id().equals(t)) {
                return Optional.of(type);
            }
        }
        return switch (t) {
            case "int", "number" -> Optional.of(INTEGER);
            case "bool" -> Optional.of(BOOLEAN);
            case "enum" -> Optional.of(CHOICE);
            case "image" -> Optional.of(RESOURCE);
            case "text" -> Optional.of(STRING);
            default -> Optional.empty();
        };
    }
}
