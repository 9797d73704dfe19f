package io.recapstudio.core.export;

import io.recapstudio.core.post.BundleResource;
import io.recapstudio.core.post.HugoGlob;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.shortcode.Argument;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.shortcode.ShortcodeParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resources a post uses: named in its text (a Markdown link or image, a {@code figure src}), found by a
 * shortcode argument the way the common image shortcodes look resources up ({@code imgproc stage} finds
 * {@code **stage*}), matched by a glob argument (a gallery's {@code match="photos/*"}), or matched by a
 * front-matter {@code resources} entry that names it.
 */
final class ReferencedResources {

    private ReferencedResources() {
    }

    static List<BundleResource> of(PageBundle bundle) {
        String text = bundle.post().text();
        String lowerText = text.toLowerCase(Locale.ROOT);
        List<String> values = argumentValues(text);
        List<BundleResource> used = new ArrayList<>();
        for (BundleResource resource : bundle.resources()) {
            if (isUsed(resource.name(), lowerText, values, bundle)) {
                used.add(resource);
            }
        }
        return used;
    }

    private static boolean isUsed(String name, String lowerText, List<String> values, PageBundle bundle) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lowerText.contains(lower)) {
            return true;
        }
        for (String value : values) {
            String v = value.toLowerCase(Locale.ROOT);
            if (!v.isBlank() && (lower.contains(v) || globMatches(v, lower))) {
                return true;
            }
        }
        for (Map<String, Object> entry : bundle.post().frontMatter().resources()) {
            Object src = entry.get("src");
            if (src instanceof String s && !s.contains("*") && globMatches(s, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean globMatches(String pattern, String name) {
        Optional<HugoGlob> glob = HugoGlob.tryCompile(pattern);
        return glob.isPresent() && glob.get().matches(name);
    }

    private static List<String> argumentValues(String text) {
        List<String> values = new ArrayList<>();
        for (ShortcodeCall call : ShortcodeParser.parse(text).allCalls()) {
            for (Argument argument : call.arguments().all()) {
                if (argument.value().length() >= 2) {
                    values.add(argument.value());
                }
            }
        }
        return values;
    }
}
