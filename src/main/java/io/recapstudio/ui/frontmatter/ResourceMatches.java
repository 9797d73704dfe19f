package io.recapstudio.ui.frontmatter;

import io.recapstudio.core.post.BundleResource;
import io.recapstudio.core.post.HugoGlob;
import io.recapstudio.core.post.PageBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which bundle files each {@code resources} glob matches, and the images no glob matches.
 *
 * @param entries   one per {@code resources} entry, in order
 * @param unmatched bundle images no glob matches (empty when there are no globs)
 * @param images    every bundle image, in Hugo's order (for the featured image picker)
 */
public record ResourceMatches(List<Entry> entries, List<String> unmatched, List<String> images) {

    /** A {@code resources} entry: its glob, title, and the files it matches. */
    public record Entry(String src, String title, List<String> matches) {
        @Override
        public String toString() {
            return src + (title.isEmpty() ? "" : "  \"" + title + "\"") + "  → " + (matches.isEmpty()
                    ? "matches nothing" : matches.size() + ": " + String.join(", ", matches));
        }
    }

    static ResourceMatches of(Path bundleDir, List<Map<String, Object>> resources) {
        List<BundleResource> files = files(bundleDir);
        List<Entry> entries = new ArrayList<>();
        List<HugoGlob> globs = new ArrayList<>();
        for (Map<String, Object> r : resources) {
            String src = String.valueOf(r.getOrDefault("src", ""));
            Optional<HugoGlob> glob = HugoGlob.tryCompile(src);
            glob.ifPresent(globs::add);
            List<String> matches = glob.map(g -> files.stream().map(BundleResource::name)
                    .filter(n -> g.matches(n)).toList()).orElse(List.of());
            entries.add(new Entry(src, String.valueOf(r.getOrDefault("title", "")), matches));
        }
        List<String> unmatched = globs.isEmpty() ? List.of() : files.stream().filter(BundleResource::isImage)
                .map(BundleResource::name).filter(n -> globs.stream().noneMatch(g -> g.matches(n))).toList();
        List<String> images = files.stream().filter(BundleResource::isImage).map(BundleResource::name).toList();
        return new ResourceMatches(entries, unmatched, images);
    }

    private static List<BundleResource> files(Path bundleDir) {
        if (bundleDir == null || !Files.isRegularFile(bundleDir.resolve(PageBundle.INDEX))) {
            return List.of();
        }
        try {
            return PageBundle.open(bundleDir).resources();
        } catch (IOException e) {
            System.getLogger(ResourceMatches.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot list the resources of " + bundleDir, e);
            return List.of();
        }
    }
}
