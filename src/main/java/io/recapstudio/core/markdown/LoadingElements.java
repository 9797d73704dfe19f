package io.recapstudio.core.markdown;

import io.recapstudio.core.post.BundlePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The first half of sanitising a block, on the parsed HTML before the {@link HtmlAllowList}: every element that
 * would load something is decided here. A bundle image becomes the URL the page loads it by, but only when
 * {@link BundlePath} resolves it to an image file inside the bundle (real path, after links); a remote image, an
 * iframe, video or audio becomes a placeholder that says what is not shown; elements whose content is script, style
 * or another language ({@code <script>}, {@code <style>}, {@code <svg>}, {@code <math>}, {@code <template>}, …) go
 * with their content.
 */
final class LoadingElements {

    /** Gone with everything inside them. */
    private static final Set<String> DROPPED = Set.of("script", "style", "template", "noscript", "noembed",
            "noframes", "xmp", "plaintext", "textarea", "select", "option", "optgroup", "datalist", "title", "meta",
            "base", "link", "head", "frameset", "frame", "applet", "param", "canvas", "portal", "source", "track",
            "button", "object", "embed", "iframe", "video", "audio", "form", "map", "area");

    /** What the pipeline decides for one render: how bundle files are referred to, and where refusals go. */
    record Context(Path bundleDir, boolean offline, Function<Path, String> urlFor, Predicate<String> issued,
                   Consumer<String> refused) {
    }

    private final Context context;
    private boolean readDisk;

    LoadingElements(Context context) {
        this.context = context;
    }

    /**
     * True when the last {@link #apply} looked a reference up on disk (or reported a refusal), so its result may
     * differ next time; images the pipeline made, remote ones and embeds do not depend on the disk.
     */
    boolean readDisk() {
        return readDisk;
    }

    void apply(Element body) {
        readDisk = false;
        List<Element> all = new ArrayList<>(body.getAllElements());
        for (Element element : all) {
            if (element == body || element.parent() == null) {
                continue; // the root, or already removed with an ancestor
            }
            String name = element.normalName();
            if (!element.tag().namespace().equals(Parser.NamespaceHtml)) {
                element.remove(); // SVG and MathML: script, links and styles of their own
            } else if (name.equals("img")) {
                image(element);
            } else if (name.equals("input")) {
                checkbox(element);
            } else if (name.equals("iframe") || name.equals("embed") || name.equals("object")
                    || name.equals("video") || name.equals("audio")) {
                embed(element, name);
            } else if (DROPPED.contains(name)) {
                element.remove();
            }
        }
    }

    /** Only the task list's check boxes, which never take input. */
    private static void checkbox(Element input) {
        if (input.attr("type").equalsIgnoreCase("checkbox")) {
            input.attr("disabled", true);
        } else {
            input.remove();
        }
    }

    private void image(Element img) {
        String src = img.attr("src").isBlank() ? firstCandidate(img.attr("srcset")) : img.attr("src");
        img.removeAttr("srcset").removeAttr("sizes");
        if (context.issued().test(src) || HtmlAllowList.isDataImage(src)) {
            return;
        }
        readDisk = true;
        BundlePath path = context.bundleDir() == null ? new BundlePath.NotAFile(src)
                : BundlePath.resolve(context.bundleDir(), src);
        if (path instanceof BundlePath.Remote && !context.offline()) {
            return;
        }
        String refusal = refusal(img, src, path);
        if (refusal != null) {
            img.replaceWith(placeholder(refusal, src));
        }
    }

    /** What the placeholder says instead of the image, or null when the image is shown. */
    private String refusal(Element img, String src, BundlePath path) {
        if (path instanceof BundlePath.Inside inside) {
            return local(img, inside);
        } else if (path instanceof BundlePath.Remote) {
            return "remote image not loaded offline: " + src;
        } else if (path instanceof BundlePath.Missing) {
            return "image not in the bundle: " + src;
        } else if (path instanceof BundlePath.Outside outside) {
            return refused(src, "it " + outside.why());
        } else if (path instanceof BundlePath.Hidden) {
            return refused(src, "Hugo leaves names starting with . or # or ending in ~ out of the bundle");
        } else if (path instanceof BundlePath.SiteRoot) {
            return "image from the site's root, not shown in the preview: " + src;
        } else if (path instanceof BundlePath.Embedded) {
            return "image not shown: its data: URI holds no image";
        } else if (context.bundleDir() == null && !src.isBlank()) {
            return "image not shown until the post is saved in a bundle: " + src;
        }
        return "image not shown: \"" + src + "\" is neither a file of the bundle nor a web address";
    }

    /** Points {@code img} at the bundle file, or says why not (null when it is shown). */
    private String local(Element img, BundlePath.Inside inside) {
        if (ResourceUrls.mediaType(inside.file()).equals("application/octet-stream")) {
            return "not an image, not shown: " + inside.name();
        }
        img.attr("src", context.urlFor().apply(inside.file()));
        return null;
    }

    private String refused(String src, String why) {
        context.refused().accept("the image \"" + src + "\" is not read because " + why + "; the preview shows a"
                + " placeholder: copy the file into the bundle and refer to it by its name there");
        return "image outside the bundle, not read: " + src;
    }

    private void embed(Element element, String name) {
        String src = element.hasAttr("src") ? element.attr("src") : element.attr("data");
        if (src.isBlank()) {
            Element source = element.selectFirst("source[src]");
            src = source == null ? "" : source.attr("src");
        }
        boolean media = name.equals("video") || name.equals("audio");
        boolean remote = isRemote(src);
        String text = remote ? (media ? "remote media" : "remote embed") + " not loaded offline: " + src
                : (media ? name : "embedded page") + " not shown in the preview" + (src.isBlank() ? "" : ": " + src);
        element.replaceWith(placeholder(text, src));
    }

    private static Element placeholder(String text, String url) {
        Element span = new Element("span").addClass("rs-offline").text(text);
        if (!url.isBlank()) {
            span.attr("title", url);
        }
        return span;
    }

    /** The first URL of a {@code srcset} ({@code a.jpg 1x, b.jpg 2x}); the preview shows one image. */
    private static String firstCandidate(String srcset) {
        String first = srcset.strip().split(",", 2)[0].strip();
        int space = first.indexOf(' ');
        return space < 0 ? first : first.substring(0, space);
    }

    /** A network URL: {@code http(s):}, or scheme-relative: {@code //host/…} (also written {@code \\host\…}). */
    static boolean isRemote(String url) {
        String clean = BundlePath.asBrowserReads(url).replace('\\', '/');
        return clean.startsWith("//") || BundlePath.scheme(clean).filter(s -> s.equals("http") || s.equals("https"))
                .isPresent();
    }
}
