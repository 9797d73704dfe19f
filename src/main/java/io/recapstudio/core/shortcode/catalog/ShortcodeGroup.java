package io.recapstudio.core.shortcode.catalog;

import java.util.Locale;
import java.util.Optional;

/** The palette group an entry is shown in. */
public enum ShortcodeGroup {
    MEDIA, SOCIAL, VIDEO, LAYOUT, SITE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ShortcodeGroup> parse(String id) {
        for (ShortcodeGroup g : values()) {
            if (g.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
