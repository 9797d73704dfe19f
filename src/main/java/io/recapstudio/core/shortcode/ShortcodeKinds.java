package io.recapstudio.core.shortcode;

import java.util.Map;
import java.util.Set;

/**
 * Tells the parser, for a shortcode name, whether the shortcode takes inner content. The built-in table covers
 * Hugo's own and common theme shortcodes; the site catalog supplies the kinds of a site's own templates, to be
 * chained in front of the built-ins with {@link #orElse(ShortcodeKinds)}.
 */
@FunctionalInterface
public interface ShortcodeKinds {

    /** Whether shortcode {@code name} (e.g. {@code imgproc}, {@code blocks/cover}) takes inner content. */
    InnerContent inner(String name);

    /** These kinds, falling back to {@code fallback} for names these do not know. */
    default ShortcodeKinds orElse(ShortcodeKinds fallback) {
        return name -> {
            InnerContent own = inner(name);
            return own == InnerContent.UNKNOWN ? fallback.inner(name) : own;
        };
    }

    /** Kinds from a table; names not in it are {@link InnerContent#UNKNOWN}. */
    static ShortcodeKinds of(Map<String, InnerContent> table) {
        Map<String, InnerContent> copy = Map.copyOf(table);
        return name -> copy.getOrDefault(name, InnerContent.UNKNOWN);
    }

    /** Every name unknown: calls pair with a matching closing tag when one follows, else stand alone. */
    static ShortcodeKinds unknown() {
        return name -> InnerContent.UNKNOWN;
    }

    /**
     * Hugo's built-in shortcodes and Docsy's (read from their templates), plus common theme notes. Taking inner
     * content: imgproc, note, alert, warning, tip, info, caution, details, highlight, comment, conditional-text,
     * tabpane, tab, cardpane, card, pageinfo, blocks/cover, blocks/lead, blocks/section, blocks/feature. Not taking
     * it: tweet, x, twitter, youtube, vimeo, gist, gallery, figure, ref, relref, param, instagram, iframe, readfile,
     * redoc, swaggerui, blocks/link-down. Other names, other {@code blocks/…} included, are unknown: sites add their
     * own {@code blocks/} shortcodes with and without inner content, and only their templates can tell.
     */
    static ShortcodeKinds builtIn() {
        return BuiltInKinds.INSTANCE;
    }

    /** The table behind {@link #builtIn()}. */
    final class BuiltInKinds implements ShortcodeKinds {
        private static final BuiltInKinds INSTANCE = new BuiltInKinds();
        private static final Set<String> WITH_INNER = Set.of("imgproc", "note", "alert", "warning", "tip", "info",
                "caution", "details", "highlight", "comment", "conditional-text", "tabpane", "tab", "cardpane", "card",
                "pageinfo", "blocks/cover", "blocks/lead", "blocks/section", "blocks/feature");
        private static final Set<String> WITHOUT_INNER = Set.of("tweet", "x", "twitter", "youtube", "vimeo", "gist",
                "gallery", "figure", "ref", "relref", "param", "instagram", "iframe", "readfile", "redoc", "swaggerui",
                "blocks/link-down");

        private BuiltInKinds() {
        }

        @Override
        public InnerContent inner(String name) {
            if (WITH_INNER.contains(name)) {
                return InnerContent.REQUIRED;
            }
            return WITHOUT_INNER.contains(name) ? InnerContent.NEVER : InnerContent.UNKNOWN;
        }
    }
}
