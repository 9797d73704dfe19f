package io.recapstudio.ui.palette;

import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.workspace.SiteContext;

/**
 * The catalog for a post: its site's (built-ins, theme and site templates, catalog file), read from the post's
 * session's site context, which is loaded off the FX thread; the built-ins while it loads or outside any site.
 */
final class PaletteCatalogs {

    private PaletteCatalogs() {
    }

    /** The catalog of {@code site} (computed when the context was loaded), or the built-ins for null. */
    static ShortcodeCatalog of(SiteContext site) {
        return site == null ? ShortcodeCatalog.builtins() : site.catalog();
    }
}
