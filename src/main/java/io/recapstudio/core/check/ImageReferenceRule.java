package io.recapstudio.core.check;

import io.recapstudio.core.image.ImageIntegrity;
import io.recapstudio.core.image.ImageSpec;
import io.recapstudio.core.image.ImageSpecException;
import io.recapstudio.core.post.HugoGlob;
import io.recapstudio.core.post.ResolvedResource;
import io.recapstudio.core.shortcode.Argument;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Images the post points at: {@code imgproc} names (Docsy looks them up with {@code GetMatch "**NAME*"}; no match
 * fails Hugo's build, several are ambiguous) and their processing specs, {@code figure src} and Markdown images
 * pointing at files the bundle does not have, and {@code gallery match} globs that find nothing.
 */
final class ImageReferenceRule implements CheckRule {

    private final Map<String, Optional<String>> integrity = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
            return size() > 2048;
        }
    };

    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\(\\s*<?([^)\\s>]+)");

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> found = new ArrayList<>();
        List<ResolvedResource> resources = context.bundle().resolvedResources().resources();
        for (ShortcodeCall call : context.shortcodes().allCalls()) {
            switch (call.name().toLowerCase(Locale.ROOT)) {
                case "imgproc" -> imgproc(context, call, resources, found);
                case "figure" -> call.arguments().named("src").ifPresent(src -> localFile(context, src.value(),
                        src.range(), "figure src", found));
                case "gallery" -> gallery(context, call, resources, found);
                default -> { }
            }
        }
        markdownImages(context, found);
        return found;
    }

    private void imgproc(CheckContext context, ShortcodeCall call, List<ResolvedResource> resources,
                                List<Diagnostic> found) {
        Optional<Argument> name = call.arguments().positional(0);
        if (name.isEmpty()) {
            return; // the missing argument is reported by the shortcode rule
        }
        List<String> positional = call.arguments().all().stream().filter(a -> !a.isNamed()).map(Argument::value)
                .toList();
        try {
            ImageSpec spec = ImageSpec.forImgproc(positional);
            spec.warnings().forEach(w -> found.add(context.at(call.openingRange(), Severity.WARNING,
                    RuleId.IMGPROC_SPEC, w)));
        } catch (ImageSpecException e) {
            TextRange at = call.arguments().positional(2).or(() -> call.arguments().positional(1))
                    .map(Argument::range).orElse(call.openingRange());
            found.add(context.at(at, Severity.ERROR, RuleId.IMGPROC_SPEC, e.getMessage()));
        }
        if (context.bundle().isSingleFile()) {
            found.add(context.at(name.get().range(), Severity.ERROR, RuleId.IMGPROC_NO_BUNDLE, "this post is a single "
                    + ".md file, so Hugo gives it no images and imgproc fails the build: make it a page bundle "
                    + "(a folder with index.md and the images beside it)"));
            return;
        }
        String pattern = "**" + name.get().value() + "*";
        List<ResolvedResource> matches = match(pattern, resources);
        if (matches.isEmpty()) {
            found.add(context.at(name.get().range(), Severity.ERROR, RuleId.IMGPROC_NO_MATCH, "no file in the bundle "
                    + "matches \"" + name.get().value() + "\" (imgproc looks for " + pattern + ") and Hugo's build "
                    + "fails: add the image beside index.md or correct the name"));
        } else if (matches.size() > 1) {
            found.add(context.at(name.get().range(), Severity.WARNING, RuleId.IMGPROC_AMBIGUOUS, "\""
                    + name.get().value() + "\" matches " + matches.stream().map(ResolvedResource::name)
                    .collect(Collectors.joining(", ")) + "; Hugo takes the first, " + matches.get(0).name()
                    + ": give a longer name so only one matches"));
        } else if (!matches.get(0).resource().isImage()) {
            found.add(context.at(name.get().range(), Severity.ERROR, RuleId.IMGPROC_NOT_IMAGE, "\""
                    + name.get().value() + "\" finds " + matches.get(0).name() + ", which is not an image Hugo can "
                    + "process, and the build fails: point imgproc at a JPEG, PNG, GIF or WebP"));
        }
        if (!matches.isEmpty() && matches.get(0).resource().isImage()) {
            corrupt(context, matches.get(0), name.get().range(), "imgproc", found);
        }
    }

    private void gallery(CheckContext context, ShortcodeCall call, List<ResolvedResource> resources,
                                List<Diagnostic> found) {
        Optional<Argument> match = call.arguments().named("match");
        String pattern = match.map(Argument::value).orElse("**");
        List<ResolvedResource> images = match(pattern, resources).stream().filter(r -> r.resource().isImage())
                .toList();
        boolean any = !images.isEmpty();
        // hugo-shortcode-gallery makes a thumbnail of every image it shows
        images.forEach(image -> corrupt(context, image, match.map(Argument::range).orElse(call.nameRange()),
                "the gallery", found));
        if (!any && !context.bundle().isSingleFile()) {
            found.add(context.at(match.map(Argument::range).orElse(call.nameRange()), Severity.WARNING,
                    RuleId.GALLERY_EMPTY, "the gallery finds no image" + match.map(m -> " with match=\"" + m.value()
                    + "\"").orElse("") + ", so it shows nothing: add photos to the bundle or correct the glob"));
        }
    }

    /** An image Hugo processes must decode; its header and structure are read, never its pixels. */
    private void corrupt(CheckContext context, ResolvedResource image, TextRange at, String who,
                         List<Diagnostic> found) {
        problem(image.resource().file()).ifPresent(problem -> found.add(context.at(at, Severity.ERROR,
                RuleId.IMAGE_CORRUPT, image.name() + " cannot be processed: " + problem + ". Hugo's build fails"
                        + " when " + who + " processes it: replace the file with a good copy")));
    }

    /** Integrity by file, kept while the file's size and time stay the same (the editor checks on every pause). */
    private Optional<String> problem(Path file) {
        String key;
        try {
            key = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return Optional.of("it cannot be read (" + e.getMessage() + ")");
        }
        synchronized (integrity) {
            Optional<String> known = integrity.get(key);
            if (known != null) {
                return known;
            }
        }
        Optional<String> problem = ImageIntegrity.problem(file);
        synchronized (integrity) {
            integrity.put(key, problem);
        }
        return problem;
    }

    private static List<ResolvedResource> match(String pattern, List<ResolvedResource> resources) {
        Optional<HugoGlob> glob = HugoGlob.tryCompile(pattern);
        if (glob.isEmpty()) {
            return List.of();
        }
        return resources.stream().filter(r -> glob.get().matches(r.name())).toList();
    }

    private static void markdownImages(CheckContext context, List<Diagnostic> found) {
        String text = context.text();
        Matcher m = MARKDOWN_IMAGE.matcher(text);
        m.region(context.post().bodyStart(), text.length());
        while (m.find()) {
            if (!context.shortcodes().isInsideCode(m.start())) {
                localFile(context, m.group(1), TextRange.of(m.start(1), m.end(1)), "image", found);
            }
        }
    }

    /** A relative link that names no bundle file: the page shows a broken image. */
    private static void localFile(CheckContext context, String link, TextRange range, String what,
                                  List<Diagnostic> found) {
        if (context.bundle().isSingleFile() || link.isBlank() || link.startsWith("/") || link.startsWith("#")
                || link.contains("{{") || link.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return;
        }
        String path = link.replaceAll("[?#].*$", "");
        String decoded = decode(path);
        Path folder = context.bundle().folder().normalize();
        Path file = folder.resolve(decoded).normalize();
        boolean named = context.bundle().resolvedResources().resources().stream()
                .anyMatch(r -> r.name().equalsIgnoreCase(decoded));
        if (!file.startsWith(folder)) {
            return; // out of the bundle: path-outside-bundle says whether the site publishes it
        }
        if (!named && !Files.exists(file)) {
            found.add(context.at(range, Severity.WARNING, RuleId.IMAGE_MISSING, "the " + what + " \"" + link
                    + "\" is not in the bundle, so the page shows a broken image: add the file beside index.md or "
                    + "correct the path"));
        }
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
