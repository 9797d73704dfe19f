package io.recapstudio.core.check;

import io.recapstudio.core.media.ImageUsages;
import io.recapstudio.core.post.BundleResource;
import io.recapstudio.core.post.HugoGlob;
import io.recapstudio.core.site.ExistingPost;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bundle's files against the post: front-matter {@code resources} globs that match nothing, images that no
 * {@code resources} glob matches (so they get no title or params, e.g. {@code .jpeg} against
 * {@code **.{jpg,png}}), no featured image where the site's other bundles have one, and images so large they slow
 * the page.
 */
final class ResourceRule implements CheckRule {

    /** Images above this size slow the site; the common advice is to keep photos well under it. */
    static final long OVERSIZED_BYTES = 5L * 1024 * 1024;

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> found = new ArrayList<>();
        if (context.bundle().isSingleFile()) {
            return found;
        }
        List<BundleResource> resources = context.bundle().resources();
        globs(context, resources, found);
        featured(context, resources, found);
        for (BundleResource r : resources) {
            long size = sizeOf(r.file());
            if (r.isImage() && size > OVERSIZED_BYTES) {
                found.add(context.at(frontMatterStart(context), Severity.WARNING, RuleId.IMAGE_OVERSIZED, r.name()
                        + " is " + (size / (1024 * 1024)) + " MB, which slows the page: downscale it (the media "
                        + "panel's import can, or recap image … --spec \"Resize 2000x\")"));
            }
        }
        return found;
    }

    private static void globs(CheckContext context, List<BundleResource> resources, List<Diagnostic> found) {
        List<Map<String, Object>> entries = context.post().frontMatter().resources();
        List<HugoGlob> globs = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            if (!(entry.get("src") instanceof String src)) {
                continue;
            }
            Optional<HugoGlob> glob = HugoGlob.tryCompile(src);
            TextRange at = rangeOf(context, src);
            if (glob.isEmpty()) {
                found.add(context.at(at, Severity.ERROR, RuleId.RESOURCES_GLOB, "resources src \"" + src + "\" is not a"
                        + " valid glob and Hugo's build fails: fix its brackets or braces"));
                continue;
            }
            globs.add(glob.get());
            boolean any = resources.stream().anyMatch(r -> glob.get().matches(r.name()));
            if (!any) {
                found.add(context.at(at, Severity.WARNING, RuleId.RESOURCES_UNMATCHED, "resources src \"" + src
                        + "\" matches no file of the bundle, so its title and params apply to nothing: correct the "
                        + "glob or remove the entry"));
            }
        }
        if (globs.isEmpty()) {
            return;
        }
        List<String> unmatched = resources.stream().filter(BundleResource::isImage).map(BundleResource::name)
                .filter(name -> globs.stream().noneMatch(g -> g.matches(name))).toList();
        if (!unmatched.isEmpty()) {
            found.add(context.at(rangeOf(context, "resources"), Severity.INFO, RuleId.RESOURCES_UNCOVERED, "no "
                    + "resources glob matches " + String.join(", ", unmatched) + ", so they get no title or params: "
                    + "widen a glob (e.g. **.{jpg,jpeg,png}) if they should"));
        }
    }

    private static void featured(CheckContext context, List<BundleResource> resources, List<Diagnostic> found) {
        Optional<Site> site = context.site();
        if (site.isEmpty() || resources.stream().anyMatch(r -> ImageUsages.isFeatured(r.name()))) {
            return;
        }
        List<ExistingPost> bundles;
        try {
            // The most recent bundles tell the theme's habit; reading every folder of a big site would be slow.
            bundles = site.get().allPosts().stream().filter(ExistingPost::isBundle)
                    .sorted(java.util.Comparator.comparing(ExistingPost::relativeName).reversed()).limit(40).toList();
        } catch (RuntimeException e) {
            return;
        }
        long withFeatured = bundles.stream().filter(p -> hasFeatured(p.bundleDir())).count();
        if (bundles.size() >= 3 && withFeatured * 2 >= bundles.size()) {
            found.add(context.at(frontMatterStart(context), Severity.INFO, RuleId.FEATURED_MISSING, withFeatured + " of "
                    + "the site's " + bundles.size() + " most recent bundles have a featured image (a file named *featured*) "
                    + "that the theme shows on cards; this one has none: add one, e.g. featured-recap.jpg"));
        }
    }

    private static boolean hasFeatured(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> ImageUsages.isFeatured(f.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    private static TextRange rangeOf(CheckContext context, String needle) {
        int end = context.post().bodyStart();
        int at = context.text().substring(0, Math.max(0, end)).indexOf(needle);
        return at < 0 ? frontMatterStart(context) : TextRange.of(at, at + needle.length());
    }

    private static TextRange frontMatterStart(CheckContext context) {
        return TextRange.of(0, 0);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
