package io.recapstudio.core.shortcode.catalog;

import static io.recapstudio.core.shortcode.catalog.ParamSpec.named;
import static io.recapstudio.core.shortcode.catalog.ParamSpec.positional;

import io.recapstudio.core.shortcode.Delimiter;
import io.recapstudio.core.site.HugoVersion;
import java.util.List;

/**
 * The shortcodes Recap Studio knows without reading any template: Hugo's embedded ones ({@code figure},
 * {@code tweet}, {@code x}, {@code youtube}, {@code vimeo}, {@code gist}, {@code ref}, {@code relref},
 * {@code highlight}) and the theme shortcodes recap posts use most ({@code imgproc} of Docsy,
 * {@code gallery} of hugo-shortcode-gallery, {@code alert}, {@code note}, {@code warning}).
 */
public final class BuiltinShortcodes {

    private static final String BOOL_FALSE = "false";
    private static final String BOOL_TRUE = "true";

    private BuiltinShortcodes() {
    }

    /** Every built-in entry, whatever the Hugo version ({@link ShortcodeVersionRules} says which apply). */
    public static List<ShortcodeEntry> all() {
        return List.of(imgproc(), figure(), gallery(), tweet("tweet"), tweet("x"), gist(), youtube(), vimeo(),
                alert(), inner("note", "A note box (theme shortcode)."),
                inner("warning", "A warning box (theme shortcode)."), ref("ref"), ref("relref"), highlight());
    }

    private static ShortcodeEntry imgproc() {
        return entry("imgproc", true, ShortcodeGroup.MEDIA, Delimiter.ANGLE,
                "Docsy: a processed bundle image in a card; the inner content is the caption (HTML allowed).",
                positional(0, null, ParamType.RESOURCE,
                        "Image: part of the name of a bundle image (the first match of **NAME* is used)").asRequired(),
                positional(1, null, ParamType.CHOICE, "Command: Fit, Resize, Fill (Docsy 0.6) or Crop (Docsy 0.7)")
                        .withChoices(List.of("Fit", "Resize", "Fill", "Crop")).asRequired(),
                positional(2, null, ParamType.IMAGE_OPTIONS,
                        "Options: size and options of Hugo's image spec, e.g. 600x, x600, \"400x450 q80 Center\"")
                        .asRequired());
    }

    private static ShortcodeEntry figure() {
        return entry("figure", false, ShortcodeGroup.MEDIA, Delimiter.ANGLE,
                "Hugo: an image in a <figure> with an optional caption.",
                named("src", ParamType.URL, null, "The image: a bundle file, a path or a URL").asRequired(),
                named("alt", ParamType.STRING, null, "Alternative text for screen readers"),
                named("caption", ParamType.STRING, null, "Caption (Markdown allowed)"),
                named("title", ParamType.STRING, null, "Heading above the caption"),
                named("link", ParamType.URL, null, "Makes the image a link to this URL"),
                named("target", ParamType.STRING, null, "The link's target attribute"),
                named("rel", ParamType.STRING, null, "The link's rel attribute"),
                named("width", ParamType.STRING, null, "The img width attribute"),
                named("height", ParamType.STRING, null, "The img height attribute"),
                named("class", ParamType.STRING, null, "CSS class of the figure"),
                named("attr", ParamType.STRING, null, "Attribution text after the caption"),
                named("attrlink", ParamType.URL, null, "Link for the attribution text"));
    }

    private static ShortcodeEntry gallery() {
        return entry("gallery", false, ShortcodeGroup.MEDIA, Delimiter.ANGLE,
                "hugo-shortcode-gallery: a justified gallery of the bundle's images (sorted by name).",
                named("match", ParamType.GLOB, null, "Glob of the images to show, e.g. flickr/* (default: all)"),
                named("sortOrder", ParamType.CHOICE, "asc", "Order by file name").withChoices(List.of("asc", "desc")),
                named("rowHeight", ParamType.INTEGER, "150", "Target row height in pixels"),
                named("margins", ParamType.INTEGER, "5", "Space between images in pixels"),
                named("thumbnailResizeOptions", ParamType.IMAGE_OPTIONS, "300x150 q85 Lanczos",
                        "Image spec of the thumbnails"),
                named("imageResizeOptions", ParamType.IMAGE_OPTIONS, null,
                        "Image spec of the full-size images (default: the originals)"),
                named("previewType", ParamType.CHOICE, "blur", "Placeholder while thumbnails load")
                        .withChoices(List.of("blur", "color", "none")),
                named("embedPreview", ParamType.BOOLEAN, BOOL_TRUE, "Embed the placeholder in the page"),
                named("showExif", ParamType.BOOLEAN, BOOL_FALSE, "Show camera EXIF data in the lightbox"),
                named("randomize", ParamType.BOOLEAN, BOOL_FALSE, "Shuffle the images on every page load"),
                named("filterOptions", ParamType.STRING, null, "Filter buttons built from image tags"),
                named("loadJQuery", ParamType.BOOLEAN, BOOL_FALSE, "Load jQuery (when the theme does not)"),
                named("lastRow", ParamType.CHOICE, "justify", "How the last row is laid out")
                        .withChoices(List.of("justify", "nojustify", "left", "center", "right", "hide")),
                named("thumbnailHoverEffect", ParamType.CHOICE, "none", "Effect when hovering a thumbnail")
                        .withChoices(List.of("none", "enlarge")));
    }

    private static ShortcodeEntry tweet(String name) {
        String description = name.equals("x")
                ? "Hugo 0.141+: an embedded post from X." : "Hugo: an embedded tweet (renamed x in Hugo 0.141, "
                + "removed in 0.156).";
        return entry(name, false, ShortcodeGroup.SOCIAL, Delimiter.ANGLE, description,
                named("user", ParamType.STRING, null, "The account name, without @").asRequired(),
                named("id", ParamType.STRING, null, "The post's number, from its URL").asRequired());
    }

    private static ShortcodeEntry gist() {
        return entry("gist", false, ShortcodeGroup.SOCIAL, Delimiter.ANGLE, "Hugo: an embedded GitHub gist (deprecated in Hugo 0.143, removed in 0.156).",
                positional(0, null, ParamType.STRING, "User: the gist owner's GitHub name").asRequired(),
                positional(1, null, ParamType.STRING, "Id: the gist id, from its URL").asRequired(),
                positional(2, null, ParamType.STRING, "File: one file of the gist (default: all)"));
    }

    private static ShortcodeEntry youtube() {
        HugoVersion since = ShortcodeVersionRules.YOUTUBE_PARAMS_ADDED;
        return entry("youtube", false, ShortcodeGroup.VIDEO, Delimiter.ANGLE, "Hugo: an embedded YouTube video.",
                new ParamSpec("id", 0, null, ParamType.STRING, List.of(), true,
                        "The video id (v= in the URL)", null),
                named("title", ParamType.STRING, null, "The iframe title, for screen readers"),
                named("class", ParamType.STRING, null, "CSS class of the wrapper (drops the inline styles)"),
                named("autoplay", ParamType.BOOLEAN, BOOL_FALSE, "Start playing at once (forces mute)"),
                named("start", ParamType.INTEGER, null, "Start at this second").since(since),
                named("end", ParamType.INTEGER, null, "Stop at this second").since(since),
                named("loop", ParamType.BOOLEAN, BOOL_FALSE, "Play again and again").since(since),
                named("mute", ParamType.BOOLEAN, BOOL_FALSE, "Start muted").since(since),
                named("controls", ParamType.BOOLEAN, BOOL_TRUE, "Show the player controls").since(since),
                named("loading", ParamType.CHOICE, "eager", "The iframe loading attribute")
                        .withChoices(List.of("eager", "lazy")).since(since),
                named("allowFullScreen", ParamType.BOOLEAN, BOOL_TRUE, "Allow full screen").since(since));
    }

    private static ShortcodeEntry vimeo() {
        return entry("vimeo", false, ShortcodeGroup.VIDEO, Delimiter.ANGLE, "Hugo: an embedded Vimeo video.",
                new ParamSpec("id", 0, null, ParamType.STRING, List.of(), true, "The video number, from its URL",
                        null),
                named("title", ParamType.STRING, null, "The iframe title, for screen readers"),
                named("class", ParamType.STRING, null, "CSS class of the wrapper"));
    }

    private static ShortcodeEntry alert() {
        return entry("alert", true, ShortcodeGroup.LAYOUT, Delimiter.PERCENT,
                "Docsy: a coloured box around the inner Markdown.",
                named("title", ParamType.STRING, null, "Heading of the box"),
                named("color", ParamType.CHOICE, "primary", "Colour of the box").withChoices(List.of("primary",
                        "secondary", "success", "info", "warning", "danger", "light", "dark")));
    }

    private static ShortcodeEntry inner(String name, String description) {
        return entry(name, true, ShortcodeGroup.LAYOUT, Delimiter.ANGLE, description);
    }

    private static ShortcodeEntry ref(String name) {
        String what = name.equals("ref") ? "absolute" : "relative";
        return entry(name, false, ShortcodeGroup.LAYOUT, Delimiter.ANGLE,
                "Hugo: the " + what + " permalink of another page; fails the build when the page does not exist.",
                new ParamSpec("path", 0, null, ParamType.PAGE, List.of(), true,
                        "The page: a content path such as blog/other-post.md, or a #heading", null),
                named("lang", ParamType.STRING, null, "Language of the page to link"),
                named("outputFormat", ParamType.STRING, null, "Output format of the page to link"));
    }

    private static ShortcodeEntry highlight() {
        return entry("highlight", true, ShortcodeGroup.LAYOUT, Delimiter.ANGLE,
                "Hugo: the inner code, syntax-highlighted.",
                positional(0, null, ParamType.STRING, "Language: go, java, yaml, …").asRequired(),
                positional(1, null, ParamType.STRING, "Options: e.g. linenos=table,hl_lines=2 4-5"));
    }

    private static ShortcodeEntry entry(String name, boolean inner, ShortcodeGroup group,
                                        Delimiter delimiter, String description, ParamSpec... params) {
        return new ShortcodeEntry(name, ShortcodeSource.BUILTIN, null, inner, List.of(params), group, description,
                delimiter);
    }
}
