package io.recapstudio.core.image;

import java.util.Locale;
import java.util.Optional;

/** Hugo's WebP encoding hint ({@code photo} by default); only relevant when the target is WebP. */
public enum EncodingHint {
    PICTURE, PHOTO, DRAWING, ICON, TEXT;

    public String hugoName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<EncodingHint> parse(String token) {
        for (EncodingHint h : values()) {
            if (h.hugoName().equals(token.toLowerCase(Locale.ROOT))) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
