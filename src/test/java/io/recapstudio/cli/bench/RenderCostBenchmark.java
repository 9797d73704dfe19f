package io.recapstudio.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a whole {@code recap render} of the sample recap costs against {@code hugo} building a site that holds the
 * same bundle, both as whole processes (start-up included: that is what a user at the command line waits for), run
 * alternately, the median of several runs each and their ratio. Hugo is timed warm: a first build fills its resource
 * cache (the processed images), then every timed build reuses it. The start-up alone is timed the same way:
 * {@code recap --version} against {@code hugo version}. Recap is run as {@code java -jar target/recap-studio.jar}
 * and, when {@code packaging/build.sh} has made it, as the app image's launcher {@code target/dist/recap/bin/recap}
 * (a trimmed runtime with a class-data sharing archive), each with a throw-away home.
 *
 * <p>Run: {@code mvn -B -o package -DskipTests}, then {@code mvn -B -o -Pbench test -Dtest=RenderCostBenchmark}
 * ({@code -Drender.runs=N}, default 7).
 */
class RenderCostBenchmark {

    @TempDir
    Path dir;

    @Test
    void recapRenderAgainstAWarmHugoBuildOfTheSameBundle() throws Exception {
        Assumptions.assumeTrue(BenchSupport.onPath("hugo"), "hugo is not on the PATH");
        Path jar = Path.of("target", "recap-studio.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no target/recap-studio.jar: run mvn package first");
        int runs = Integer.getInteger("render.runs", 7);
        Path site = site(dir.resolve("site"));
        Path bundle = site.resolve("content/posts/sample-recap");
        Path html = dir.resolve("sample.html");

        Map<String, List<String>> recaps = new LinkedHashMap<>();
        recaps.put("java -jar recap-studio.jar", List.of(BenchSupport.javaBin(), "-jar", jar.toString()));
        Path image = Path.of("target", "dist", "recap", "bin", "recap").toAbsolutePath();
        if (Files.isExecutable(image)) {
            recaps.put("app image bin/recap (CDS)", List.of(image.toString()));
        }
        List<String> hugoBuild = List.of("hugo", "--quiet", "--source", site.toString(), "--destination",
                dir.resolve("public").toString());
        List<String> hugoVersion = List.of("hugo", "version");
        time(hugoBuild);
        // The sample's url is /blog/2026/10/harbor-bay-recap/: Hugo built the page with its processed images.
        String page = "blog/2026/10/harbor-bay-recap/";
        assertThat(Files.readString(dir.resolve("public").resolve(page + "index.html"))).contains("the keynote")
                .contains("<img src=\"/" + page + "welcome-featured_");

        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> recap : recaps.entrySet()) {
            List<String> render = with(recap.getValue(), "render", bundle.toString(), "-o", html.toString());
            List<String> version = with(recap.getValue(), "--version");
            time(render);
            assertThat(Files.readString(html)).contains("the keynote");
            List<Long> renderMs = new ArrayList<>();
            List<Long> buildMs = new ArrayList<>();
            List<Long> versionMs = new ArrayList<>();
            List<Long> hugoVersionMs = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                buildMs.add(time(hugoBuild));
                renderMs.add(time(render));
                hugoVersionMs.add(time(hugoVersion));
                versionMs.add(time(version));
            }
            long renderMedian = BenchSupport.median(renderMs);
            long buildMedian = BenchSupport.median(buildMs);
            long startMedian = BenchSupport.median(versionMs);
            long hugoStartMedian = BenchSupport.median(hugoVersionMs);
            lines.add(String.format(Locale.ROOT, "%s: recap render of the sample median %d ms %s, warm hugo build of "
                    + "it median %d ms %s, ratio %.1f; recap --version median %d ms, hugo version median %d ms, ratio "
                    + "%.1f", recap.getKey(), renderMedian, renderMs, buildMedian, buildMs,
                    (double) renderMedian / buildMedian, startMedian, hugoStartMedian,
                    (double) startMedian / hugoStartMedian));
        }
        for (String line : lines) {
            System.out.printf(Locale.ROOT, "RenderCostBenchmark: %s (%d runs alternating; %d cores, load average "
                    + "%.1f)%n", line, runs, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The recap command with {@code args} after it. */
    private List<String> with(List<String> recap, String... args) {
        List<String> command = new ArrayList<>(recap);
        command.addAll(List.of(args));
        return command;
    }

    /**
     * A Hugo site holding a copy of the sample recap at {@code content/posts/sample-recap}, with templates of the
     * sample's shortcodes that need no network (Hugo's own {@code tweet} and {@code vimeo} would fetch).
     */
    private static Path site(Path root) throws IOException {
        Path shortcodes = Files.createDirectories(root.resolve("layouts/shortcodes"));
        Files.createDirectories(root.resolve("layouts/_default"));
        Files.writeString(root.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Bench'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n");
        Files.writeString(root.resolve("layouts/_default/single.html"), "<h1>{{ .Title }}</h1>{{ .Content }}");
        Files.writeString(root.resolve("layouts/_default/list.html"), "{{ range .Pages }}{{ .Title }}{{ end }}");
        Map<String, String> templates = Map.of(
                "imgproc", "{{ $i := .Page.Resources.GetMatch (printf \"%s*\" (.Get 0)) }}{{ $c := .Get 1 }}"
                        + "{{ $o := .Get 2 }}{{ if eq $c \"Fit\" }}{{ $i = $i.Fit $o }}{{ else if eq $c \"Fill\" }}"
                        + "{{ $i = $i.Fill $o }}{{ else if eq $c \"Crop\" }}{{ $i = $i.Crop $o }}"
                        + "{{ else if eq $c \"Resize\" }}{{ $i = $i.Resize $o }}{{ else }}"
                        + "{{ errorf \"unknown command %s\" $c }}{{ end }}<figure><img src=\"{{ $i.RelPermalink }}\" "
                        + "width=\"{{ $i.Width }}\"><figcaption>{{ .Inner | markdownify }}</figcaption></figure>",
                "gallery", "{{ range .Page.Resources.Match (.Get \"match\") }}{{ $t := .Fit \"300x150\" }}"
                        + "<img src=\"{{ $t.RelPermalink }}\">{{ end }}",
                "note", "<div class=\"note\">{{ .Inner | markdownify }}</div>",
                "warning", "<div class=\"warning\">{{ .Inner | markdownify }}</div>",
                "tweet", "<blockquote>@{{ .Get \"user\" }}/{{ .Get \"id\" }}</blockquote>",
                "x", "<blockquote>@{{ .Get \"user\" }}/{{ .Get \"id\" }}</blockquote>",
                "vimeo", "<div class=\"vimeo\">{{ .Get 0 }}</div>",
                "youtube", "<div class=\"youtube\">{{ .Get \"id\" }}</div>");
        for (Map.Entry<String, String> t : templates.entrySet()) {
            Files.writeString(shortcodes.resolve(t.getKey() + ".html"), t.getValue(), StandardCharsets.UTF_8);
        }
        BenchSupport.copySample(root.resolve("content/posts/sample-recap"));
        return root;
    }

    /** Runs a command to its end (a throw-away home for recap's folders); its wall time in ms. */
    private long time(List<String> command) throws IOException, InterruptedException {
        Path home = dir.resolve("home");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("last-run.log").toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home + " -Drecap.config.dir=" + home
                + "/config -Drecap.data.dir=" + home + "/data -Drecap.state.dir=" + home + "/state -Drecap.cache.dir="
                + home + "/cache");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("did not finish in 5 minutes: " + command);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(process.exitValue()).as("exit of %s: %s", command, Files.readString(dir.resolve("last-run.log")))
                .isZero();
        return millis;
    }
}
