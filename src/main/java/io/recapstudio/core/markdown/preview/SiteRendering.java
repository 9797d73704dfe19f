package io.recapstudio.core.markdown.preview;

import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.shortcode.ShortcodeKinds;
import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.site.SiteLocator;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the post's site changes in the preview: whether raw HTML is rendered (the site's
 * {@code markup.goldmark.renderer.unsafe}) and which of the site's own shortcodes take inner content (so their tags
 * pair as Hugo pairs them). A post outside any site renders as the sample sites do: raw HTML passed through and the
 * built-in shortcodes.
 *
 * @param site       the site found above the post, if any
 * @param unsafeHtml whether raw HTML passes through
 * @param kinds      the shortcodes' kinds (paired or not)
 * @param problem    why the site was found but could not be read (the preview then uses the defaults), if so
 */
public record SiteRendering(Optional<Site> site, boolean unsafeHtml, ShortcodeKinds kinds, Optional<String> problem) {

    /** The defaults for a post that belongs to no site. */
    public static SiteRendering standalone() {
        return new SiteRendering(Optional.empty(), true, ShortcodeKinds.builtIn(), Optional.empty());
    }

    /** The settings for the post at {@code postFile}, from the Hugo site found by walking up from it. */
    public static SiteRendering forPost(Path postFile) {
        Path start = postFile.toAbsolutePath().getParent();
        Optional<Path> root = start == null ? Optional.empty() : SiteLocator.findRoot(start);
        if (root.isEmpty()) {
            return standalone();
        }
        try {
            Site site = Site.open(root.get());
            return new SiteRendering(Optional.of(site), site.config().unsafeHtml(), ShortcodeCatalog.forSite(site),
                    Optional.empty());
        } catch (SiteException e) {
            return new SiteRendering(Optional.empty(), true, ShortcodeKinds.builtIn(),
                    Optional.of("The site at " + root.get() + " could not be read (" + e.getMessage()
                            + "); the preview uses the default settings."));
        }
    }

    /** {@code base} with this site's raw-HTML setting. */
    public RenderOptions apply(RenderOptions base) {
        return base.withUnsafeHtml(unsafeHtml);
    }
}
