package io.recapstudio.core.check;

import io.recapstudio.core.markdown.ImageReferences;
import io.recapstudio.core.post.BundlePath;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.shortcode.Argument;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the post would read from outside its bundle, which Recap Studio refuses to read (the preview and
 * {@code recap render} show a placeholder instead): images, {@code figure src} and raw {@code <img src>} /
 * {@code srcset} that climb out with {@code ../} (in any encoding), absolute paths that are not in the site's static
 * files, {@code ~}, drive letters and {@code file:} URLs ({@code path-outside-bundle}); {@code imgproc} names and
 * {@code gallery} globs written as such paths; and symbolic links in the bundle that lead out of it, which render,
 * preview, check and export never follow ({@code resource-link-outside}).
 */
final class BundlePathRule implements CheckRule {

    private static final RuleId OUTSIDE = RuleId.PATH_OUTSIDE_BUNDLE;
    private static final RuleId LINK_OUTSIDE = RuleId.RESOURCE_LINK_OUTSIDE;
    /** A {@code ..} segment, a leading {@code /}, {@code \} or {@code ~}, or a drive letter. */
    private static final Pattern PATH_LIKE = Pattern.compile(
            "(?:^|.*[/\\\\])\\.\\.(?:[/\\\\].*|$)|^[/\\\\~].*|^[a-zA-Z]:.*");

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> found = new ArrayList<>();
        Path folder = context.bundle().folder().toAbsolutePath().normalize();
        for (ImageReferences.Reference image : context.imageReferences()) {
            reference(context, folder, image.url(), image.range(), "the " + image.what(), found);
        }
        for (ShortcodeCall call : context.shortcodes().allCalls()) {
            switch (call.name().toLowerCase(Locale.ROOT)) {
                case "figure" -> call.arguments().named("src").ifPresent(src -> reference(context, folder,
                        src.value(), src.range(), "figure src", found));
                case "imgproc" -> call.arguments().positional(0).ifPresent(name -> lookup(context, name,
                        "imgproc's image name", found));
                case "gallery" -> call.arguments().named("match").ifPresent(match -> lookup(context, match,
                        "gallery's match", found));
                default -> { }
            }
        }
        for (PageBundle.OutsideLink link : context.bundle().outsideLinks()) {
            found.add(context.at(TextRange.empty(0), Severity.WARNING, LINK_OUTSIDE, link.name() + " is a symbolic"
                    + " link to " + link.target() + ", outside the bundle: Recap Studio does not follow it (render, "
                    + "preview, media and export leave it out); copy the file into the bundle instead of linking"));
        }
        return found;
    }

    private static void reference(CheckContext context, Path folder, String url, TextRange range, String what,
                                  List<Diagnostic> found) {
        BundlePath path = BundlePath.resolve(folder, url);
        String quoted = what + " \"" + url + "\"";
        if (path instanceof BundlePath.Outside outside) {
            // Only a ../ path can name a file the site publishes; file:, ~, drives, backslashes and links out of
            // the bundle (Hugo does not follow them) never work in a browser
            boolean webPath = outside.climbsOut() && url.indexOf('\\') < 0;
            Optional<Boolean> served = webPath ? servedOnTheSite(context, url) : Optional.of(false);
            // Served by the site (a static file, a sibling folder's file): the page shows it, only the preview
            // does not. Not served: the published page shows a broken image. Unknown: said as a note.
            Severity severity = served.map(s -> s ? Severity.INFO : Severity.WARNING).orElse(Severity.INFO);
            String consequence = served.map(s -> s ? "; the site serves it, so the page shows it"
                    : webPath ? "; the site serves no such file, so the page shows a broken image"
                    : " and no browser can load it from the site").orElse("; the site may still serve it");
            found.add(context.at(range, severity, OUTSIDE, quoted + " " + outside.why() + ": Recap Studio does not"
                    + " read files outside the post's bundle (the preview shows a placeholder)" + consequence
                    + ". To see it here, copy the file into the bundle and refer to it by its name there"));
        } else if (path instanceof BundlePath.Hidden hidden) {
            found.add(context.at(range, Severity.WARNING, OUTSIDE, quoted + " names " + hidden.name() + ", which Hugo"
                    + " leaves out of the bundle (a name starting with . or # or ending in ~): rename the file"));
        } else if (path instanceof BundlePath.SiteRoot root && !servedFrom(context.site(), root.path())) {
            boolean complete = context.site().map(BundlePathRule::allThemesOnDisk).orElse(false);
            found.add(context.at(range, complete ? Severity.WARNING : Severity.INFO, OUTSIDE, quoted + " is an"
                    + " absolute path, outside the bundle, and " + context.site().map(s -> "the site's static and"
                    + " content folders on disk have no such file" + (complete ? ", so the page shows a broken image"
                    : " (a theme or module that is not on disk may serve it)")).orElse("no site is known to serve it")
                    + ": the preview does not show it; to see it here, put the image in the bundle and refer to it"
                    + " by its name there"));
        }
    }

    /**
     * Whether the site publishes the file a relative URL out of the bundle names: the URL resolved against the
     * page's own URL (as the browser resolves it), then looked for among the static and content files. Empty when
     * the page's URL is not known (the post is not a page of a known site).
     */
    private static Optional<Boolean> servedOnTheSite(CheckContext context, String url) {
        Optional<String> page = context.siteIndex().flatMap(index -> index.urlPathOf(context.postFile(),
                context.post().frontMatter().values()));
        if (page.isEmpty()) {
            return Optional.empty();
        }
        try {
            String base = page.get().endsWith("/") ? page.get() : page.get() + "/";
            String resolved = java.net.URI.create("https://site.invalid" + base).resolve(
                    new java.net.URI(null, null, url.replaceAll("[?#].*$", ""), null)).getPath();
            return Optional.of(servedFrom(context.site(), resolved));
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean allThemesOnDisk(Site site) {
        long named = site.config().imports().stream().filter(i -> !i.disabled()).count()
                + site.config().themes().size();
        return site.themeDirs().size() >= named;
    }

    /** imgproc and gallery look names up among the bundle's own files: a path out of it can never match. */
    private static void lookup(CheckContext context, Argument argument, String what, List<Diagnostic> found) {
        if (PATH_LIKE.matcher(argument.value()).matches()) {
            found.add(context.at(argument.range(), Severity.WARNING, OUTSIDE, what + " \"" + argument.value()
                    + "\" is written as a path out of the bundle, but it is looked up among the bundle's own files"
                    + " only: copy the image into the bundle and use its name there"));
        }
    }

    /**
     * True when a site root path such as {@code /images/x.png} is one of the files the site publishes: in the site's
     * or its themes' {@code static} folders, or a non-page file in a content folder (Hugo publishes those too).
     */
    private static boolean servedFrom(Optional<Site> site, String path) {
        if (site.isEmpty()) {
            return false;
        }
        List<Path> roots = new ArrayList<>();
        roots.add(site.get().root().resolve("static"));
        site.get().themeDirs().forEach(theme -> roots.add(theme.resolve("static")));
        site.get().contentRoots().forEach(content -> roots.add(content.dir()));
        String relative = path.replaceFirst("^/+", "");
        if (PageBundle.isIgnored(relative)) {
            return false; // Hugo publishes no such file
        }
        for (Path root : roots) {
            if (BundlePath.resolve(root, relative) instanceof BundlePath.Inside) {
                return true;
            }
        }
        return false;
    }
}
