package io.recapstudio.core.media;

import io.recapstudio.core.post.BundleResource;
import io.recapstudio.core.post.HugoGlob;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.shortcode.Argument;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.shortcode.ShortcodeDocument;
import io.recapstudio.core.shortcode.ShortcodeParser;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which bundle images the post uses and where: {@code imgproc} (the first image {@code **NAME*} finds, as Docsy
 * takes it), {@code figure src}, {@code gallery match} globs, and Markdown images and links; plus the
 * {@code resources} glob that matches each image and the featured one.
 */
public final class ImageUsages {

    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)");

    /**
     * One place that uses an image: what uses it, the text it names it with, and where that text is written (a
     * shortcode argument's value with its quotes, a link's target).
     */
    public record Usage(String kind, String reference, TextRange range, int line) {
        @Override
        public String toString() {
            return kind + " (line " + line + ")";
        }
    }

    private final Map<String, List<Usage>> byImage;
    private final Map<String, String> globs;

    private ImageUsages(Map<String, List<Usage>> byImage, Map<String, String> globs) {
        this.byImage = byImage;
        this.globs = globs;
    }

    /** The usages of {@code bundle}'s images in its post's current text. */
    public static ImageUsages of(PageBundle bundle) {
        String text = bundle.post().text();
        List<BundleResource> images = bundle.resources().stream().filter(BundleResource::isImage).toList();
        Map<String, List<Usage>> byImage = new LinkedHashMap<>();
        images.forEach(r -> byImage.put(r.name(), new ArrayList<>()));
        LineIndex lines = LineIndex.of(text);
        ShortcodeDocument doc = ShortcodeParser.parse(text, bundle.post().bodyStart(), text.length(),
                io.recapstudio.core.shortcode.ShortcodeKinds.builtIn());
        for (ShortcodeCall call : doc.allCalls()) {
            String name = call.name().toLowerCase(Locale.ROOT);
            if (name.equals("imgproc")) {
                call.arguments().positional(0).ifPresent(a -> first(images, "**" + a.value() + "*")
                        .ifPresent(r -> add(byImage, r, "imgproc", a, lines)));
            } else if (name.equals("figure")) {
                call.arguments().named("src").ifPresent(a -> images.stream()
                        .filter(r -> r.name().equalsIgnoreCase(a.value())).forEach(r -> add(byImage, r, "figure", a,
                                lines)));
            } else if (name.equals("gallery")) {
                Optional<Argument> match = call.arguments().named("match");
                String pattern = match.map(Argument::value).orElse("**");
                TextRange at = match.map(Argument::range).orElse(call.nameRange());
                glob(pattern).ifPresent(g -> images.stream().filter(r -> g.matches(r.name()))
                        .forEach(r -> byImage.get(r.name()).add(new Usage("gallery", pattern, at,
                                lines.line(at.start())))));
            }
        }
        Matcher m = LINK.matcher(text);
        m.region(bundle.post().bodyStart(), text.length());
        while (m.find()) {
            String target = m.group(1);
            if (!doc.isInsideCode(m.start())) {
                images.stream().filter(r -> r.name().equalsIgnoreCase(target)).forEach(r -> byImage.get(r.name())
                        .add(new Usage("link", target, TextRange.of(m.start(1), m.end(1)), lines.line(m.start(1)))));
            }
        }
        return new ImageUsages(byImage, resourceGlobs(bundle, images));
    }

    private static Map<String, String> resourceGlobs(PageBundle bundle, List<BundleResource> images) {
        Map<String, String> globs = new LinkedHashMap<>();
        for (Map<String, Object> entry : bundle.post().frontMatter().resources()) {
            if (entry.get("src") instanceof String src) {
                glob(src).ifPresent(g -> images.stream().filter(r -> g.matches(r.name()))
                        .forEach(r -> globs.putIfAbsent(r.name(), src)));
            }
        }
        return globs;
    }

    private static void add(Map<String, List<Usage>> byImage, BundleResource image, String kind, Argument argument,
                            LineIndex lines) {
        byImage.get(image.name()).add(new Usage(kind, argument.value(), argument.valueRange(),
                lines.line(argument.range().start())));
    }

    private static Optional<BundleResource> first(List<BundleResource> images, String pattern) {
        return glob(pattern).flatMap(g -> images.stream().filter(r -> g.matches(r.name()))
                .findFirst());
    }

    private static Optional<HugoGlob> glob(String pattern) {
        return HugoGlob.tryCompile(pattern);
    }

    /** Where {@code image} (a bundle-relative name) is used; empty when unused. */
    public List<Usage> of(String image) {
        return List.copyOf(byImage.getOrDefault(image, List.of()));
    }

    /** True when nothing in the post uses {@code image}. */
    public boolean isUnused(String image) {
        return byImage.getOrDefault(image, List.of()).isEmpty();
    }

    /** The first {@code resources} src glob that matches {@code image}, if any. */
    public Optional<String> resourceGlob(String image) {
        return Optional.ofNullable(globs.get(image));
    }

    /** True when the image is the bundle's featured image (its name holds "featured", as Docsy looks for). */
    public static boolean isFeatured(String image) {
        return image.toLowerCase(Locale.ROOT).contains("featured");
    }
}
