package io.recapstudio.core.check.bench;

import io.recapstudio.core.check.TestImages;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recap check --site ROOT} against {@code hugo} building the same site, both as whole processes (start-up
 * included: that is what a site's CI waits for), run alternately, the median of several runs each and their ratio.
 * Hugo is timed warm: a first build fills its resource cache (the processed images), then every timed build reuses
 * it, as {@code hugo} on a developer's machine or a CI with a cached {@code resources/} folder does; and cold (the
 * resource cache and cache dir emptied first), as a CI without a cache builds. The site is a
 * Docsy-like blog of 27 recap bundles (three photos, an imgproc, a gallery each); {@code -Dbench.site=ROOT} times a
 * site of your own instead.
 *
 * <p>Run: {@code mvn -B -Pbench test -Dtest=CheckSiteBenchmark}.
 */
class CheckSiteBenchmark {

    private static final int RUNS = 7;
    private static final int COLD_RUNS = 3;

    @TempDir
    Path dir;

    @Test
    void checkSiteAgainstAWarmHugoBuild() throws Exception {
        Assumptions.assumeTrue(onPath("hugo"), "hugo is not on the PATH");
        Path site = System.getProperty("bench.site") != null ? Path.of(System.getProperty("bench.site"))
                : recapSite(dir.resolve("site"), 27);
        Path out = Files.createTempDirectory("bench-public-");
        List<String> hugo = List.of("hugo", "--quiet", "--source", site.toString(), "--destination", out.toString());
        List<String> check = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
                "io.recapstudio.Launcher", "check", "--site", site.toString()));
        run(hugo);
        run(check);
        List<Long> hugoMs = new ArrayList<>();
        List<Long> coldMs = new ArrayList<>();
        List<Long> checkMs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            hugoMs.add(run(hugo));
            checkMs.add(run(check));
            if (i < COLD_RUNS) {
                Path cache = Files.createTempDirectory("bench-hugo-cache-");
                deleteTree(site.resolve("resources/_gen"));
                List<String> cold = new ArrayList<>(hugo);
                cold.addAll(List.of("--cacheDir", cache.toString()));
                coldMs.add(run(cold));
                deleteTree(cache);
                run(hugo); // the resource cache warm again for the next warm run
            }
        }
        long h = median(hugoMs);
        long hc = median(coldMs);
        long c = median(checkMs);
        System.out.printf(Locale.ROOT, "CheckSiteBenchmark: %s; hugo build (warm) median %d ms %s; hugo build (cold:"
                        + " empty resource cache) median %d ms %s; recap check --site median %d ms %s; ratio"
                        + " check/warm hugo %.2f, check/cold hugo %.2f (%d cores, load average %.1f)%n", site, h,
                hugoMs, hc, coldMs, c, checkMs, (double) c / h, (double) c / hc,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** A Docsy-like site of {@code n} recap bundles. */
    static Path recapSite(Path root, int n) throws IOException {
        Files.createDirectories(root.resolve("layouts/_default"));
        Files.createDirectories(root.resolve("layouts/shortcodes"));
        Files.writeString(root.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Bench'\n"
                + "[permalinks]\nblog = '/blog/:year/:month/:slug/'\n");
        Files.writeString(root.resolve("layouts/_default/single.html"), "<h1>{{ .Title }}</h1>{{ .Content }}");
        Files.writeString(root.resolve("layouts/_default/list.html"), "{{ range .Pages }}{{ .Title }}{{ end }}");
        Files.writeString(root.resolve("layouts/shortcodes/imgproc.html"), "{{ $i := .Page.Resources.GetMatch"
                + " (printf \"**%s*\" (.Get 0)) }}{{ $c := .Get 1 }}{{ if eq $c \"Fit\" }}{{ $i = $i.Fit (.Get 2) }}"
                + "{{ else if eq $c \"Fill\" }}{{ $i = $i.Fill (.Get 2) }}{{ else if eq $c \"Resize\" }}"
                + "{{ $i = $i.Resize (.Get 2) }}{{ else }}{{ errorf \"bad command\" }}{{ end }}"
                + "<figure><img src=\"{{ $i.RelPermalink }}\"><figcaption>{{ .Inner }}</figcaption></figure>");
        Files.writeString(root.resolve("layouts/shortcodes/gallery.html"), "{{ range .Page.Resources.Match"
                + " (.Get \"match\" | default \"**\") }}{{ if eq .ResourceType \"image\" }}{{ $t := .Fit \"300x150\" }}"
                + "<img src=\"{{ $t.RelPermalink }}\">{{ end }}{{ end }}");
        byte[] photo = TestImages.jpeg(1600, 1200);
        for (int i = 1; i <= n; i++) {
            String name = String.format(Locale.ROOT, "2026-%02d-%02d-meetup-%d", 1 + i % 12, 1 + i % 28, i);
            Path bundle = Files.createDirectories(root.resolve("content/blog").resolve(name).resolve("photos"));
            StringBuilder body = new StringBuilder("---\ntitle: \"Meetup " + i + " recap \uD83C\uDF89\"\ndate: 2026-"
                    + String.format(Locale.ROOT, "%02d-%02d", 1 + i % 12, 1 + i % 28) + "T10:00:00+02:00\n"
                    + "tags: [community, meetup]\ndescription: What happened at meetup " + i + ".\n---\n\n");
            for (int p = 0; p < 20; p++) {
                body.append("## Talk ").append(p).append("\n\nA paragraph about the talk, with **bold** and a")
                        .append(" [link](https://example.org/").append(p).append(").\n\n");
            }
            body.append("{{< imgproc stage Fill \"600x400\" >}}The stage{{< /imgproc >}}\n\n")
                    .append("{{< gallery match=\"photos/*\" >}}\n");
            Files.writeString(bundle.getParent().resolve("index.md"), body.toString(), StandardCharsets.UTF_8);
            Files.write(bundle.getParent().resolve("stage.jpg"), photo);
            Files.write(bundle.resolve("a.jpg"), photo);
            Files.write(bundle.resolve("b.jpg"), photo);
        }
        return root;
    }

    private static long run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect
                .DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish: " + command);
        }
        if (p.exitValue() > 1) {
            throw new AssertionError("exit " + p.exitValue() + ": " + command);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
