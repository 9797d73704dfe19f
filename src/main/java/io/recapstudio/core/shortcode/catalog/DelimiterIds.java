package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.shortcode.Delimiter;
import java.util.Locale;
import java.util.Optional;

/** How the catalog file and {@code recap shortcodes} write a {@link Delimiter}: {@code <} or {@code %}. */
public final class DelimiterIds {

    private DelimiterIds() {
    }

    /** {@code <} or {@code %}. */
    public static String id(Delimiter delimiter) {
        return delimiter == Delimiter.ANGLE ? "<" : "%";
    }

    /** Reads {@code <}, {@code %}, {@code angle}, {@code percent}, {@code {{<}, {@code {{%}. */
    public static Optional<Delimiter> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "<", "angle", "{{<" -> Optional.of(Delimiter.ANGLE);
            case "%", "percent", "{{%" -> Optional.of(Delimiter.PERCENT);
            default -> Optional.empty();
        };
    }
}
