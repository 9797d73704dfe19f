package io.recapstudio.core.markdown.preview;

import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.shortcode.ShortcodeKinds;
import io.recapstudio.core.site.Site;
import java.util.Optional;

/**
 * What the post's site changes in the preview: whether raw HTML is rendered (the site's
 * {@code markup.goldmark.renderer.unsafe}) and which of the site's own shortcodes take inner content (so their tags
 * pair as Hugo pairs them). A post outside any site renders as the sample sites do: raw HTML passed through and the
 * built-in shortcodes. Made by the post's {@code SiteContext}, which is the one place that opens the site.
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

    /** {@code base} with this site's raw-HTML setting. */
    public RenderOptions apply(RenderOptions base) {
        return base.withUnsafeHtml(unsafeHtml);
    }
}
