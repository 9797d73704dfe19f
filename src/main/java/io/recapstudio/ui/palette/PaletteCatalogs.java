package io.recapstudio.ui.palette;

import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.site.SiteLocator;
import java.nio.file.Path;

/** The catalog for a post: its site's (built-ins, theme and site templates, catalog file), else the built-ins. */
final class PaletteCatalogs {

    private PaletteCatalogs() {
    }

    static ShortcodeCatalog forPost(Path post) {
        if (post == null || post.toAbsolutePath().getParent() == null) {
            return ShortcodeCatalog.builtins();
        }
        try {
            return SiteLocator.findRoot(post.toAbsolutePath().getParent()).map(Site::open)
                    .map(ShortcodeCatalog::forSite).orElseGet(ShortcodeCatalog::builtins);
        } catch (SiteException e) {
            return ShortcodeCatalog.builtins();
        }
    }
}
