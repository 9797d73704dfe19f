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
        Path folder = context.bundle().folder();
        for (ImageReferences.Reference image : ImageReferences.of(context.text(), context.post().bodyStart())) {
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
            found.add(context.at(range, Severity.WARNING, OUTSIDE, quoted + " " + outside.why() + ": Recap Studio"
                    + " does not read files outside the post's bundle (the preview shows a placeholder); copy the"
                    + " file into the bundle and refer to it by its name there"));
        } else if (path instanceof BundlePath.Hidden hidden) {
            found.add(context.at(range, Severity.WARNING, OUTSIDE, quoted + " names " + hidden.name() + ", which Hugo"
                    + " leaves out of the bundle (a name starting with . or # or ending in ~): rename the file"));
        } else if (path instanceof BundlePath.SiteRoot root && !inStaticFiles(context.site(), root.path())) {
            found.add(context.at(range, Severity.WARNING, OUTSIDE, quoted + " is an absolute path, outside the"
                    + " bundle, and " + context.site().map(s -> "the site's static folder has no such file")
                    .orElse("no site is known to serve it") + ": Recap Studio does not read it; put the image in"
                    + " the bundle and refer to it by its name there"));
        }
    }

    /** imgproc and gallery look names up among the bundle's own files: a path out of it can never match. */
    private static void lookup(CheckContext context, Argument argument, String what, List<Diagnostic> found) {
        if (PATH_LIKE.matcher(argument.value()).matches()) {
            found.add(context.at(argument.range(), Severity.WARNING, OUTSIDE, what + " \"" + argument.value()
                    + "\" is written as a path out of the bundle, but it is looked up among the bundle's own files"
                    + " only: copy the image into the bundle and use its name there"));
        }
    }

    /** True when a site root path such as {@code /images/x.png} is one of the site's (or its themes') static files. */
    private static boolean inStaticFiles(Optional<Site> site, String path) {
        if (site.isEmpty()) {
            return false;
        }
        List<Path> roots = new ArrayList<>();
        roots.add(site.get().root());
        roots.addAll(site.get().themeDirs());
        String relative = path.replaceFirst("^/+", "");
        for (Path root : roots) {
            Path staticDir = root.resolve("static");
            if (BundlePath.resolve(staticDir, relative) instanceof BundlePath.Inside) {
                return true;
            }
        }
        return false;
    }
}
