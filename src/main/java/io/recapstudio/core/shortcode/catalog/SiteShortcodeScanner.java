package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.shortcode.Delimiter;
import io.recapstudio.core.site.ModuleMount;
import io.recapstudio.core.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the shortcode templates of a site and of its themes on disk: {@code layouts/shortcodes/} and
 * {@code layouts/_shortcodes/} (Hugo 0.146+) of the site and of {@code layouts} mounts, of each theme or module found
 * under {@code themes/} or {@code _vendor/}, and any vendored {@code _vendor/**}{@code /layouts/shortcodes}. A
 * template in a sub-folder is named by its path ({@code blocks/resource}); output-format and language variants
 * ({@code name.amp.html}, {@code name.en.html}) are merged into one entry.
 */
final class SiteShortcodeScanner {

    /** Templates found, by name, in precedence order (site, then themes in order), and what could not be read. */
    record Scan(List<ShortcodeEntry> site, List<ShortcodeEntry> themes, List<String> problems) {
    }

    private final Path root;
    private final List<String> problems = new ArrayList<>();

    private SiteShortcodeScanner(Path root) {
        this.root = root;
    }

    static Scan scan(Site site) {
        SiteShortcodeScanner scanner = new SiteShortcodeScanner(site.root());
        List<ShortcodeEntry> siteEntries = scanner.read(scanner.siteLayoutDirs(site), ShortcodeSource.SITE);
        List<ShortcodeEntry> themeEntries = scanner.read(scanner.themeLayoutDirs(site), ShortcodeSource.THEME);
        return new Scan(siteEntries, themeEntries, scanner.problems);
    }

    private List<Path> siteLayoutDirs(Site site) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(root.resolve("layouts"));
        for (ModuleMount m : site.config().mounts()) {
            if (m.target().equals("layouts")) {
                dirs.add(root.resolve(m.source()));
            }
        }
        return dirs;
    }

    private List<Path> themeLayoutDirs(Site site) {
        Set<Path> dirs = new LinkedHashSet<>();
        site.themeDirs().forEach(t -> dirs.add(t.resolve("layouts").normalize()));
        Path vendor = root.resolve("_vendor");
        if (Files.isDirectory(vendor)) {
            try (Stream<Path> walk = Files.walk(vendor, 8)) {
                walk.filter(p -> p.getFileName().toString().equals("layouts") && Files.isDirectory(p))
                        .sorted().forEach(p -> dirs.add(p.normalize()));
            } catch (IOException | UncheckedIOException e) {
                problems.add(rel(vendor) + ": cannot list it: " + e.getMessage());
            }
        }
        return new ArrayList<>(dirs);
    }

    /** Entries of the given layouts folders; a name found again in a later folder is left out (the first wins). */
    private List<ShortcodeEntry> read(List<Path> layoutDirs, ShortcodeSource source) {
        Map<String, ShortcodeEntry> byName = new LinkedHashMap<>();
        for (Path layouts : layoutDirs) {
            for (String sub : List.of("_shortcodes", "shortcodes")) {
                Path dir = layouts.resolve(sub);
                if (Files.isDirectory(dir)) {
                    readDir(dir, source).forEach(byName::putIfAbsent);
                }
            }
        }
        return new ArrayList<>(byName.values());
    }

    private Map<String, ShortcodeEntry> readDir(Path dir, ShortcodeSource source) {
        Map<String, List<Path>> variants = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
                    .forEach(f -> variants.computeIfAbsent(nameOf(dir, f), n -> new ArrayList<>()).add(f));
        } catch (IOException | UncheckedIOException e) {
            problems.add(rel(dir) + ": cannot list the shortcode templates: " + e.getMessage());
        }
        Map<String, ShortcodeEntry> entries = new LinkedHashMap<>();
        variants.forEach((name, files) -> entryOf(name, files, source).ifPresent(e -> entries.put(name, e)));
        return entries;
    }

    /** {@code blocks/resource.html} → {@code blocks/resource}; {@code youtube.en.html} → {@code youtube}. */
    static String nameOf(Path dir, Path file) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        int slash = relative.lastIndexOf('/');
        String fileName = relative.substring(slash + 1);
        int dot = fileName.indexOf('.');
        return relative.substring(0, slash + 1) + (dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    private Optional<ShortcodeEntry> entryOf(String name, List<Path> files, ShortcodeSource source) {
        Path main = files.stream().filter(f -> f.getFileName().toString().endsWith(".html")).findFirst()
                .orElse(files.get(0));
        List<TemplateShortcode> analyses = new ArrayList<>();
        for (Path f : files) {
            try {
                analyses.add(ShortcodeTemplateAnalyzer.analyze(Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException | UncheckedIOException e) {
                problems.add(rel(f) + ": cannot read the template: " + e.getMessage());
            }
        }
        if (analyses.isEmpty()) {
            return Optional.empty();
        }
        TemplateShortcode first = analyses.get(0);
        Map<String, ParamSpec> params = new LinkedHashMap<>();
        boolean inner = false;
        for (TemplateShortcode t : analyses) {
            inner |= t.inner();
            t.params().forEach(p -> params.putIfAbsent(p.name() != null ? "n:" + p.name() : "p:" + p.position(), p));
        }
        Delimiter delimiter = analyses.stream().filter(TemplateShortcode::inner).findFirst()
                .map(TemplateShortcode::delimiter).orElse(first.delimiter());
        return Optional.of(new ShortcodeEntry(name, source, rel(main), inner,
                new ArrayList<>(params.values()), ShortcodeGroup.SITE, first.description(), delimiter));
    }

    private String rel(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
