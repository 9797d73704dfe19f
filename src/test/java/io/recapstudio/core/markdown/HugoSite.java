package io.recapstudio.core.markdown;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Builds a throw-away Hugo site whose single-page template prints only {@code .Content}, with the hugo on PATH. */
final class HugoSite {

    private final Path root;

    HugoSite(Path root, boolean unsafe) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve("layouts/_default"));
        Files.createDirectories(root.resolve("layouts/shortcodes"));
        Files.writeString(root.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\n"
                + "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\", \"home\", "
                + "\"section\"]\n[markup.goldmark.renderer]\nunsafe = " + unsafe + "\n");
        Files.writeString(root.resolve("layouts/_default/single.html"), "{{ .Content }}");
    }

    static boolean hugoOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "hugo"))) {
                return true;
            }
        }
        return false;
    }

    /** A page bundle {@code content/p/NAME/} with {@code index.md} = front matter + {@code body}. */
    Path page(String name, String body) throws IOException {
        Path bundle = root.resolve("content/p/" + name);
        Files.createDirectories(bundle);
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: " + name + "\n---\n" + body);
        return bundle;
    }

    /** A shortcode template {@code layouts/shortcodes/NAME.html}. */
    void shortcode(String name, String template) throws IOException {
        Files.writeString(root.resolve("layouts/shortcodes/" + name + ".html"), template);
    }

    /** Builds the site and returns each page's HTML by name. */
    Map<String, String> build() throws IOException, InterruptedException {
        Process hugo = new ProcessBuilder("hugo", "--quiet", "-d", "public").directory(root.toFile())
                .redirectErrorStream(true).start();
        String log = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!hugo.waitFor(120, TimeUnit.SECONDS) || hugo.exitValue() != 0) {
            throw new AssertionError("hugo failed: " + log);
        }
        Map<String, String> pages = new LinkedHashMap<>();
        try (var dirs = Files.list(root.resolve("public/p"))) {
            for (Path dir : dirs.sorted().toList()) {
                pages.put(dir.getFileName().toString(), Files.readString(dir.resolve("index.html")));
            }
        }
        return pages;
    }
}
