package io.recapstudio.core.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last step of the pipeline on every block's HTML: bundle-relative image paths become URLs the rendered page
 * can load ({@link ResourceUrls}); when rendering offline, everything that would load from the network (remote
 * images, iframes, media, scripts, style sheets) is replaced by a placeholder that says so.
 */
final class OfflineGuard {

    private static final Pattern LOADING_TAG = Pattern.compile(
            "<(img|iframe|video|audio|source|track|embed|object|script|link|input)\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_ATTRIBUTE = Pattern.compile(
            "\\s(src|href|data|poster|srcset)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOTE = Pattern.compile("^\\s*(?:[a-z][a-z0-9+.-]*:|//)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_SCHEME = Pattern.compile("^\\s*(?:file|data|blob|about|mailto):",
            Pattern.CASE_INSENSITIVE);

    private final RenderInput input;

    OfflineGuard(RenderInput input) {
        this.input = input;
    }

    private static final String[] LOADING_TAGS = {"img", "iframe", "video", "audio", "source", "track", "embed",
        "object", "script", "link", "input"};

    String apply(String html) {
        if (!hasLoadingTag(html)) {
            return html;
        }
        Matcher tag = LOADING_TAG.matcher(html);
        StringBuilder out = null;
        int copied = 0;
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            String replacement = rewrite(name, tag.group(0), tag.group(2));
            if (replacement == null) {
                continue;
            }
            out = out == null ? new StringBuilder(html.length() + 64) : out;
            out.append(html, copied, tag.start()).append(replacement);
            copied = tag.end();
            if (!replacement.startsWith("<" + name) && hasBody(name)) {
                copied = skipBody(html, name, copied);
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /**
     * A quick look for a tag that loads something, before the regular expression does the real work. HTML without
     * one comes out of {@link #apply} as it went in, whatever the render's bundle and options.
     */
    static boolean hasLoadingTag(String html) {
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            for (String tag : LOADING_TAGS) {
                if (html.regionMatches(true, i + 1, tag, 0, tag.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The replacement for one loading tag, or null to keep it. */
    private String rewrite(String name, String tag, String attributes) {
        Matcher attribute = URL_ATTRIBUTE.matcher(attributes);
        String rewritten = tag;
        while (attribute.find()) {
            String key = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = unquote(attribute.group(2));
            if (isRemote(value) && input.options().offline()) {
                return placeholder(name, key.equals("srcset") ? value.split("[\\s,]")[0] : value);
            }
            if (name.equals("img") && key.equals("src")) {
                String local = localUrl(value);
                if (local != null) {
                    rewritten = rewritten.replace(attribute.group(0), " src=\"" + Html.escape(local) + "\"");
                }
            }
        }
        return rewritten.equals(tag) ? null : rewritten;
    }

    private static boolean isRemote(String url) {
        return REMOTE.matcher(url).find() && !LOCAL_SCHEME.matcher(url).find();
    }

    /** A bundle-relative image path as the URL the page loads it by, or null when it is not one. */
    private String localUrl(String src) {
        if (input.bundleDir() == null || src.isBlank() || REMOTE.matcher(src).find() || src.startsWith("/")
                || src.startsWith("#")) {
            return null;
        }
        try {
            String path = URLDecoder.decode(src.replace("+", "%2B").replaceAll("[?#].*$", ""), StandardCharsets.UTF_8);
            Path file = input.bundleDir().resolve(unescapeEntities(path)).normalize();
            return Files.isRegularFile(file) ? input.options().resourceUrls().urlFor(file) : null;
        } catch (IllegalArgumentException e) { // InvalidPathException too
            return null;
        }
    }

    private static String unescapeEntities(String text) {
        return text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            return unescapeEntities(value.substring(1, value.length() - 1));
        }
        return unescapeEntities(value);
    }

    private static String placeholder(String tag, String url) {
        String what = switch (tag) {
            case "img", "input" -> "remote image";
            case "iframe", "embed", "object" -> "remote embed";
            case "video", "audio", "source", "track" -> "remote media";
            case "script" -> "remote script";
            default -> "remote style sheet";
        };
        return "<span class=\"rs-offline\" title=\"" + Html.escape(url) + "\">" + what + " not loaded offline: "
                + Html.escape(url) + "</span>";
    }

    private static boolean hasBody(String tag) {
        return switch (tag) {
            case "iframe", "video", "audio", "object", "script" -> true;
            default -> false;
        };
    }

    private static int skipBody(String html, String tag, int from) {
        int close = html.toLowerCase(Locale.ROOT).indexOf("</" + tag, from);
        if (close < 0) {
            return from;
        }
        int end = html.indexOf('>', close);
        return end < 0 ? from : end + 1;
    }
}
