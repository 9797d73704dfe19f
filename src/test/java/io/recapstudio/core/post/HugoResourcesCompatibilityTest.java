package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a bundle with the {@code hugo} on PATH and compares its {@code .Resources} (order, names, titles, types) and
 * {@code GetMatch} with {@link PageBundle#resolvedResources()}. Skipped when Hugo is not installed; CI installs it.
 */
class HugoResourcesCompatibilityTest {

    private static final String[] EXTENSIONS = {"jpg", "JPG", "jpeg", "png", "webp", "gif", "svg", "txt", "pdf",
        "json", "mp4", "mp3", "woff2", "md", "css", "eot", "zip"};

    @TempDir
    Path site;

    @Test
    void resourceOrderNamesAndTitlesMatchHugo() throws Exception {
        assumeTrue(hugoAvailable(), "hugo is not on PATH");
        Path bundle = writeSite();
        Random random = new Random(20310612);
        List<String> names = new ArrayList<>(List.of("b.jpg", "a.png", "C.jpg", "Zeta.JPG", "zeta.jpg", "ZETA.jpg",
                "shot1.jpeg",
                "x.webp", "notes.txt", "data.pdf", "sub/s2.jpg", "sub/s1.png", "sub/deeper/d.jpg", "Upper/u.jpg",
                "_under.jpg", "sp ace.jpg", "noext", "photos/p10.jpg", "photos/p2.jpg", "photos/p1.jpg"));
        for (int i = 0; i < 40; i++) {
            String folder = random.nextInt(4) == 0 ? "photos/" : random.nextInt(5) == 0 ? "Sub/" : "";
            String base = Character.toString((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)))
                    + random.nextInt(100);
            String name = folder + base + "." + EXTENSIONS[random.nextInt(EXTENSIONS.length)];
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        for (String name : names) {
            Path file = bundle.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name.endsWith(".md") ? "---\ntitle: page\n---\n" : "x");
        }
        Files.writeString(bundle.resolve(".hidden.jpg"), "x");

        List<String> hugo = runHugo(bundle);

        ResourceMetadata.Result ours = PageBundle.open(bundle).resolvedResources();
        List<String> expected = new ArrayList<>();
        for (ResolvedResource r : ours.resources()) {
            String title = r.resource().isPage() ? "" : r.title();
            expected.add("R|" + r.name() + "|" + title + "|" + r.resource().resourceType());
        }
        expected.add("M|" + ours.getMatch("**shot*").map(ResolvedResource::name).orElse(""));
        expected.add("G|" + String.join(",", ours.match("**.{jpg,png}").stream().map(ResolvedResource::name)
                .toList()));
        assertThat(hugo).containsExactlyElementsOf(expected);
    }

    private Path writeSite() throws IOException {
        Files.writeString(site.resolve("config.toml"), "baseURL = \"http://example.org/\"\ntitle = \"t\"\n"
                + "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\"]\n");
        Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(layouts.resolve("single.html"), "{{ range .Resources }}R|{{ .Name }}|"
                + "{{ if ne .ResourceType \"page\" }}{{ .Title }}{{ end }}|{{ .ResourceType }}\n{{ end }}"
                + "M|{{ with .Resources.GetMatch \"**shot*\" }}{{ .Name }}{{ end }}\n"
                + "G|{{ range $i, $r := .Resources.Match \"**.{jpg,png}\" }}{{ if $i }},{{ end }}{{ $r.Name }}"
                + "{{ end }}\n");
        Files.writeString(layouts.resolve("list.html"), "list");
        Path bundle = Files.createDirectories(site.resolve("content/posts/recap"));
        Files.writeString(bundle.resolve("index.md"), String.join("\n", "---", "title: Recap", "resources:",
                "- src: \"**.{jpg,png}\"", "  title: \"Image #:counter\"", "  params:", "    credit: first",
                "- src: \"sub/**\"", "  title: \"Sub :counter\"", "  name: \"subby-:counter\"",
                "- src: \"photos/*\"", "  name: \"photo-:counter\"", "---", "body", ""));
        return bundle;
    }

    private List<String> runHugo(Path bundle) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("hugo", "--quiet", "--source", site.toString(), "--destination",
                site.resolve("public").toString()).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(site.resolve("public/posts/recap/index.html"))) {
            if (!line.isBlank()) {
                out.add(line.replace("&#43;", "+"));
            }
        }
        return out;
    }

    private static boolean hugoAvailable() {
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
}
