package io.recapstudio.core.shortcode.catalog;

import java.util.Locale;

/** Where a catalog entry comes from. Site beats theme beats built-in. */
public enum ShortcodeSource {
    /** Built into Hugo, or a common theme shortcode Recap Studio knows (imgproc, gallery, alert…). */
    BUILTIN,
    /** A template in the site's own {@code layouts/shortcodes/} or {@code layouts/_shortcodes/}. */
    SITE,
    /** A template of a theme or module on disk ({@code themes/…}, {@code _vendor/…}). */
    THEME;

    /** {@code builtin}, {@code site}, {@code theme} as in {@code recap shortcodes --format json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
