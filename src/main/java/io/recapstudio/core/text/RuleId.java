package io.recapstudio.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule id a {@link Diagnostic} can carry, in one registry: the checks {@code recap check}, {@code render}, the
 * editor, the form and export report, and the few the preview's renderer uses for its own error boxes. A diagnostic
 * with an id not listed here cannot be made, so ids never drift apart as strings in many places; {@code recap fix
 * --only} and the README's checks table are built from this list.
 */
public enum RuleId {

    // Encoding
    ENCODING("encoding", "warning", true, "bytes that are not UTF-8 (shown, never silently replaced); the fix reads"
            + " them as Windows-1252"),
    MOJIBAKE("mojibake", "warning", true, "encoding damage such as `â€™`, with the exact repair as a fix"),

    // Front matter
    FRONTMATTER_SYNTAX("frontmatter-syntax", "error", false, "front matter that does not parse (line and column)"),
    FRONTMATTER_UNTERMINATED("frontmatter-unterminated", "error", false, "front matter that is never closed"),
    FRONTMATTER_DUPLICATE_KEY("frontmatter-duplicate-key", "warning", false,
            "a key written twice (Hugo keeps one of them)"),
    FRONTMATTER_SCHEMA("frontmatter-schema", "warning", false, "the site's `.recap/frontmatter.yaml` cannot be read"),
    FRONTMATTER_REQUIRED("frontmatter-required", "warning / info", false, "a key the built-in schema or the site's"
            + " schema file requires (warning), or that nearly every other post has (info)"),
    FRONTMATTER_DATE("frontmatter-date", "error / warning", false, "a date Hugo cannot read: the build fails from"
            + " Hugo 0.136 (error); older Hugo dates the page 0001-01-01 (warning)"),
    FRONTMATTER_URL("frontmatter-url", "warning", false, "a url that is not a path on the site"),
    FRONTMATTER_DUPLICATE_URL("frontmatter-duplicate-url", "warning", false,
            "a url another post of the site already has (one page hides the other)"),
    FRONTMATTER_DUPLICATE_SLUG("frontmatter-duplicate-slug", "warning", false,
            "a slug another post of the site already has"),
    FRONTMATTER_UNKNOWN_TAG("frontmatter-unknown-tag", "warning / info", false,
            "a tag near one the site uses (a likely typo: warning), or new on the site (info)"),
    FRONTMATTER_UNKNOWN_CATEGORY("frontmatter-unknown-category", "warning / info", false,
            "the same for categories"),
    FRONTMATTER_EMPTY_DESCRIPTION("frontmatter-empty-description", "info", false, "an empty description"),

    // Shortcode syntax and use
    SHORTCODE_UNCLOSED("shortcode-unclosed", "error", false, "a paired shortcode that is never closed"),
    SHORTCODE_MISMATCHED("shortcode-mismatched", "error", false, "a closing tag that closes another shortcode"),
    SHORTCODE_MALFORMED("shortcode-malformed", "error", false, "a call Hugo cannot parse"),
    SHORTCODE_MIXED_ARGS("shortcode-mixed-args", "error", false, "named and positional arguments in one call"),
    SHORTCODE_UNKNOWN("shortcode-unknown", "error / warning", false, "a name neither Hugo, the site nor its themes"
            + " provide (an error when every theme is on disk, else a warning)"),
    SHORTCODE_MISSING_ARGUMENT("shortcode-missing-argument", "error / warning", false, "a required argument"
            + " missing: an error where the template fails the build (tweet/x without user or id, imgproc, highlight,"
            + " instagram, param, ref, qr; youtube and vimeo on the Hugo versions that require an id), else a warning"
            + " (gist, figure)"),
    SHORTCODE_ARGUMENT("shortcode-argument", "error / warning", false, "an argument value the template refuses (an"
            + " imgproc command the site's template does not have: error) or does not expect (not a number, not"
            + " one of the choices: warning)"),
    SHORTCODE_PARAM_NOT_FOUND("shortcode-param-not-found", "error", false,
            "`param` naming a key neither the post's front matter nor the site's params have (the build fails)"),
    SHORTCODE_REMOVED("shortcode-removed", "error", false, "a shortcode the site's Hugo version no longer has"),
    SHORTCODE_TOO_NEW("shortcode-too-new", "error", false, "a shortcode the site's Hugo version does not have yet"),
    SHORTCODE_PARAM_TOO_NEW("shortcode-param-too-new", "warning", false,
            "an argument the site's Hugo version ignores"),
    SHORTCODE_DEPRECATED("shortcode-deprecated", "warning", false, "a shortcode deprecated in the site's Hugo"),
    SHORTCODE_VERSION_UNKNOWN("shortcode-version-unknown", "info", false,
            "a shortcode whose support depends on a Hugo version the site does not pin"),
    SHORTCODE_IN_CODE("shortcode-in-code", "info", true,
            "Hugo runs calls even in code; the fix escapes it as `{{</* … */>}}`"),

    // Images and resources
    IMGPROC_SPEC("imgproc-spec", "error / warning", false, "an invalid processing spec (`Resize 600` without the x)"),
    IMGPROC_NO_BUNDLE("imgproc-no-bundle", "error", false, "imgproc in a single .md file (Hugo gives it no images)"),
    IMGPROC_NO_MATCH("imgproc-no-match", "error", false, "imgproc names no bundle image (the build fails)"),
    IMGPROC_NOT_IMAGE("imgproc-not-image", "error", false, "imgproc finds a file Hugo cannot process"),
    IMGPROC_AMBIGUOUS("imgproc-ambiguous", "warning", false, "the name matches several images; Hugo takes the first"),
    IMAGE_CORRUPT("image-corrupt", "error", false, "an image imgproc or a gallery processes that is empty, truncated"
            + " or not an image (its header is read, its pixels are not); Hugo's build fails on it"),
    IMAGE_MISSING("image-missing", "warning", false,
            "a `figure src` or Markdown image pointing at a file the bundle lacks"),
    GALLERY_EMPTY("gallery-empty", "warning", false, "a gallery whose `match` finds no image"),
    RESOURCES_GLOB("resources-glob", "warning", false, "a `resources` src that is not a valid glob"),
    RESOURCES_UNMATCHED("resources-unmatched", "warning", false, "a `resources` src matching no file"),
    RESOURCES_UNCOVERED("resources-uncovered", "info", false, "images no `resources` glob matches"),
    FEATURED_MISSING("featured-missing", "info", false,
            "no featured image where most of the site's recent bundles have one"),
    IMAGE_OVERSIZED("image-oversized", "warning", false, "images over 5 MB"),
    PATH_OUTSIDE_BUNDLE("path-outside-bundle", "warning / info", false, "an image, `figure src`, raw `<img src>`/"
            + "`srcset`, imgproc name or gallery glob that would read a file outside the bundle: never read, the"
            + " preview shows a placeholder; info for a web path the site serves from `static/` or `content/` (or"
            + " when the site is unknown), a warning for one the site does not serve, for what no browser can load"
            + " (`file:`, `~`, drive letters, backslashes, links out of the bundle) and for imgproc/gallery names"),
    RESOURCE_LINK_OUTSIDE("resource-link-outside", "warning", false, "a symbolic link in the bundle that leads out"
            + " of it: render, preview, media and export never follow it"),

    // People
    NAME_SPELLING("name-spelling", "warning", false, "the same person spelled two ways in one post: a name written"
            + " word for word the same but for accents (`José Pérez` / `Jose Perez`) or for one letter of one word"
            + " (`Russ Palmer` / `Russ Parmer`); case and hyphens are style, not names, and never count"),

    // Used by the preview's renderer for its error boxes only; check reports the problem under the ids above
    IMGPROC_ARGUMENTS("imgproc-arguments", null, false, "preview: imgproc without its arguments"),
    TWEET_ARGUMENTS("tweet-arguments", null, false, "preview: a tweet or x call without user and id"),
    VIDEO_ARGUMENTS("video-arguments", null, false, "preview: a video call without its id"),
    FIGURE_ARGUMENTS("figure-arguments", null, false, "preview: a figure without src"),
    FIGURE_MISSING_IMAGE("figure-missing-image", null, false, "preview: a figure whose image is not in the bundle"),
    GALLERY_ARGUMENTS("gallery-arguments", null, false, "preview: gallery options that cannot be read"),
    IMAGE_NOT_AN_IMAGE("image-not-an-image", null, false, "preview: a file that cannot be processed"),
    IMAGE_PROCESSING("image-processing", null, false, "preview: processing an image failed"),
    SHORTCODE_RENDER_FAILED("shortcode-render-failed", null, false, "preview: a shortcode could not be shown"),
    SHORTCODE_NESTING("shortcode-nesting", null, false, "preview: shortcodes nested too deep to show");

    private static final Map<String, RuleId> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(RuleId::id, Function.identity()));

    private final String id;
    private final String severities;
    private final boolean fixable;
    private final String summary;

    RuleId(String id, String severities, boolean fixable, String summary) {
        this.id = id;
        this.severities = severities;
        this.fixable = fixable;
        this.summary = summary;
    }

    /** The stable id printed in brackets by {@code recap check}, e.g. {@code shortcode-unclosed}. */
    public String id() {
        return id;
    }

    /** The severities its diagnostics can have, as the README lists them ("error / warning"). */
    public String severities() {
        return severities;
    }

    /** Whether its diagnostics offer an automatic fix ({@code recap fix}). */
    public boolean fixable() {
        return fixable;
    }

    /** What it reports, one line. */
    public String summary() {
        return summary;
    }

    /** True for the rules {@code recap check} reports (the others name the preview renderer's error boxes). */
    public boolean isCheck() {
        return severities != null;
    }

    /** The rule with this id, if any. */
    public static Optional<RuleId> of(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id.toLowerCase(Locale.ROOT)));
    }

    /** The rules {@code recap check} reports, in registry order. */
    public static List<RuleId> checks() {
        return Arrays.stream(values()).filter(RuleId::isCheck).toList();
    }

    /** The rules whose diagnostics offer fixes, for {@code recap fix --only}. */
    public static List<RuleId> fixableRules() {
        return Arrays.stream(values()).filter(RuleId::fixable).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
