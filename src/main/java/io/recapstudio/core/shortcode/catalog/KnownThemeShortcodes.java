package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.site.ModuleImport;
import io.recapstudio.core.site.Site;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shortcodes of themes recap sites use most, by name, for a site that imports the theme as a Hugo module (or
 * names it as a theme) without a copy on disk, as most Docsy sites do: their calls are known even though no template
 * can be read. The names are every shortcode the theme has shipped in any release (Docsy 0.1 to 0.16;
 * hugo-shortcode-gallery).
 */
public final class KnownThemeShortcodes {

    private static final Map<String, Set<String>> BY_THEME = Map.of(
            "docsy", Set.of("_param", "alert", "blocks/cover", "blocks/feature", "blocks/lead", "blocks/link-down",
                    "blocks/section", "card", "card-code", "cardpane", "comment", "conditional-text", "dev-version",
                    "figure", "hugo-version", "iframe", "imgproc", "pageinfo", "readfile", "redoc",
                    "release-summary", "siteGetPage", "swaggerui", "tab", "tabpane", "td/site-build-info/netlify"),
            "hugo-shortcode-gallery", Set.of("gallery"));

    private KnownThemeShortcodes() {
    }

    /** True when a theme or module the site names (on disk or not) ships a shortcode called {@code name}. */
    public static boolean provides(Site site, String name) {
        for (ModuleImport module : site.config().imports()) {
            if (!module.disabled() && provides(lastSegment(module.path()), name)) {
                return true;
            }
        }
        return site.config().themes().stream().anyMatch(theme -> provides(lastSegment(theme), name));
    }

    private static boolean provides(String theme, String name) {
        Set<String> names = BY_THEME.get(theme.toLowerCase(Locale.ROOT));
        return names != null && names.contains(name);
    }

    private static String lastSegment(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
