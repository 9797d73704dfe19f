package io.recapstudio.core.markdown;

import io.recapstudio.core.post.BundlePath;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What the preview and {@code recap render} let through, as a jsoup {@link Safelist}: the elements Hugo posts use
 * (headings, paragraphs, lists, tables, figures, images, code, quotes, {@code details}/{@code summary}, task-list
 * check boxes), the attributes they need ({@code id} and {@code class} for the headings, footnotes and the preview's
 * style sheet, {@code style} without {@code url()} or other loading functions), links only to {@code http(s):},
 * {@code mailto:}, {@code tel:}, relative paths and {@code #anchors}, and image sources only that the pipeline made
 * itself or {@code data:image/…}. Everything else, {@code on*} handlers, {@code <script>}, {@code <base>},
 * {@code <meta>}, forms, SVG and every other scheme included, is dropped. Values are checked as the browser reads them:
 * entities decoded (by the parser), tabs and newlines removed.
 */
final class HtmlAllowList extends Safelist {

    private static final Set<String> TAGS = Set.of("a", "abbr", "article", "aside", "b", "bdi", "bdo", "blockquote",
            "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl",
            "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
            "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
            "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
            "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr");
    private static final Set<String> GLOBAL = Set.of("id", "class", "title", "lang", "dir", "role", "style");
    private static final Map<String, Set<String>> BY_TAG = Map.ofEntries(
            Map.entry("a", Set.of("href", "name", "rel", "target", "hreflang")),
            Map.entry("img", Set.of("src", "alt", "width", "height", "loading", "decoding")),
            Map.entry("td", Set.of("colspan", "rowspan", "align", "valign", "headers")),
            Map.entry("th", Set.of("colspan", "rowspan", "align", "valign", "headers", "scope", "abbr")),
            Map.entry("col", Set.of("span", "align")),
            Map.entry("colgroup", Set.of("span", "align")),
            Map.entry("ol", Set.of("start", "reversed", "type")),
            Map.entry("ul", Set.of("type")),
            Map.entry("li", Set.of("value")),
            Map.entry("input", Set.of("type", "checked", "disabled")),
            Map.entry("details", Set.of("open")),
            Map.entry("time", Set.of("datetime")),
            Map.entry("del", Set.of("cite", "datetime")),
            Map.entry("ins", Set.of("cite", "datetime")),
            Map.entry("q", Set.of("cite")),
            Map.entry("blockquote", Set.of("cite")),
            Map.entry("pre", Set.of("tabindex")),
            Map.entry("p", Set.of("align")),
            Map.entry("div", Set.of("align")));
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern DATA_IMAGE = Pattern.compile(
            "^data:image/(?:png|jpeg|jpg|gif|webp|bmp|tiff|avif|svg\\+xml)(?:;[a-z0-9=._+-]*)*,",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_FUNCTION = Pattern.compile("([a-zA-Z_-][a-zA-Z0-9_-]*)\\s*\\(");
    private static final Set<String> CSS_FUNCTIONS = Set.of("calc", "var", "rgb", "rgba", "hsl", "hsla", "min",
            "max", "clamp", "translate", "translatex", "translatey", "rotate", "scale", "linear-gradient",
            "radial-gradient", "repeat", "minmax", "fit-content");

    private final Predicate<String> trustedImage;

    /** @param trustedImage true for an image URL the pipeline made itself (a bundle file, a processed image) */
    HtmlAllowList(Predicate<String> trustedImage) {
        this.trustedImage = trustedImage;
    }

    @Override
    public boolean isSafeTag(String tag) {
        return TAGS.contains(tag);
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        if (!element.tag().namespace().equals(org.jsoup.parser.Parser.NamespaceHtml)) {
            return false;
        }
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        if (key.startsWith("data-") || key.startsWith("aria-")) {
            return key.matches("[a-z][a-z0-9-]*");
        }
        if (!GLOBAL.contains(key) && !BY_TAG.getOrDefault(tagName, Set.of()).contains(key)) {
            return false;
        }
        return switch (key) {
            case "style" -> isSafeStyle(value);
            case "href", "cite" -> isSafeLink(value);
            case "src" -> isSafeImage(value);
            case "type" -> !tagName.equals("input") || value.equalsIgnoreCase("checkbox");
            default -> true;
        };
    }

    /** A link the page may carry: web, mail and phone links, relative paths, anchors; never script or data. */
    static boolean isSafeLink(String url) {
        String clean = BundlePath.asBrowserReads(url);
        Optional<String> scheme = BundlePath.scheme(clean);
        if (scheme.isPresent()) {
            return LINK_SCHEMES.contains(scheme.get());
        }
        int colon = clean.indexOf(':');
        int end = firstOf(clean, "/?#");
        return colon < 0 || colon > end;
    }

    /** An image source the page may load: one the pipeline made, or image bytes in a {@code data:} URI. */
    boolean isSafeImage(String url) {
        return trustedImage.test(url) || isDataImage(url);
    }

    static boolean isDataImage(String url) {
        return DATA_IMAGE.matcher(BundlePath.asBrowserReads(url)).find();
    }

    /** A {@code style} value that loads nothing: no {@code url()}, {@code image-set()} or escapes to hide them. */
    static boolean isSafeStyle(String css) {
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("\\") || lower.contains("/*") || lower.contains("<") || lower.contains("@")
                || lower.contains("expression") || lower.contains("javascript") || lower.contains("behavior")
                || lower.contains("binding")) {
            return false;
        }
        Matcher function = CSS_FUNCTION.matcher(lower);
        while (function.find()) {
            if (!CSS_FUNCTIONS.contains(function.group(1))) {
                return false;
            }
        }
        return true;
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
