package io.recapstudio.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.hostile.ChildJvm;
import io.recapstudio.hostile.HostileImages;
import io.recapstudio.hostile.HostileInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's hostile cases through the real commands: every post through {@code recap check} and {@code recap
 * render}, the YAML bombs through {@code recap export} too, every image through {@code recap image}, each in a child
 * JVM with {@code -Xmx512m} ({@link ChildJvm}), timed from the process start (JVM start-up included) with its peak
 * resident memory as the kernel counts it ({@code VmHWM}). Prints a Markdown table (also written to
 * {@code target/hostile-input-benchmark.md}) of the exit code, the median wall and CPU time, the largest peak and what
 * the command said. Fails when a command crashes (OutOfMemoryError, StackOverflowError, a stack trace), exits other
 * than 0, 1 or 2, or runs past its limit (30 s for a small hostile input, 150 s for the 10 MB post, the 200,000
 * headings, the 400 imgproc calls and the large images; it is killed then).
 * <p>
 * Run with {@code mvn -B -q -Pbench test -Dtest=HostileInputBenchmark} ({@code -Dhostile.runs=N} runs of each,
 * default 3; {@code -Dhostile.only=WORD} only the cases whose name holds WORD).
 */
class HostileInputBenchmark {

    /** The limit of a command on a small hostile input: it is refused or read within it, JVM start included. */
    private static final long SMALL_LIMIT_SECONDS = 30;
    /** The limit of the inputs that are large on purpose (as RenderCostTest's) and of the 24 MP and 7000 px images. */
    private static final long LARGE_LIMIT_SECONDS = 150;
    /** The inputs that are large on purpose. */
    private static final List<String> LARGE = List.of("post-of-10-mb", "headings-200000", "imgproc-400-calls",
            "photo-24mp", "rgba16-7000px");

    @TempDir
    Path dir;

    /** One command on one hostile input. */
    private record Probe(String tried, String command, List<String> args) {
        /** The wall time the command must end within, else it is killed and the benchmark fails. */
        long limitSeconds() {
            return LARGE.stream().anyMatch(tried::startsWith) ? LARGE_LIMIT_SECONDS : SMALL_LIMIT_SECONDS;
        }
    }

    /** The figures of a probe's runs. */
    private record Figures(int exit, long wallMs, long cpuMs, long peakMb, String says) {
    }

    @Test
    void everyHostileCaseEndsWithinItsBounds() throws Exception {
        int runs = Integer.getInteger("hostile.runs", 3);
        String only = System.getProperty("hostile.only", "");
        List<Probe> probes = new ArrayList<>();
        for (Map.Entry<String, Path> post : posts().entrySet()) {
            String name = post.getKey();
            String bundle = post.getValue().toString();
            probes.add(new Probe(name, "check", List.of("check", bundle)));
            probes.add(new Probe(name, "render", List.of("render", bundle, "-o", dir.resolve(name + ".html")
                    .toString())));
            if (name.startsWith("yaml-billion") || name.startsWith("yaml-merge")) {
                probes.add(new Probe(name, "export", List.of("export", bundle, "--out", dir.resolve("out-" + name)
                        .toString())));
            }
        }
        probes.addAll(imageProbes());
        probes.removeIf(p -> !p.tried().contains(only));

        String loadBefore = loadAverage();
        List<String> rows = new ArrayList<>();
        for (Probe probe : probes) {
            Figures f = measure(probe, runs);
            rows.add(String.format("| %s | %s | %d | %,d | %,d | %,d | %d | %s |", probe.tried(), probe.command(),
                    f.exit(), f.wallMs(), f.cpuMs(), f.peakMb(), probe.limitSeconds(), f.says().replace("|", "\\|")));
            System.out.println("HostileInputBenchmark: " + rows.get(rows.size() - 1));
        }
        String table = String.join("\n", List.of(
                "HostileInputBenchmark: each command in a child JVM with " + ChildJvm.HEAP + ", median of " + runs
                        + " runs (wall and CPU time include the JVM's start), largest peak RSS (VmHWM); load average "
                        + loadBefore + " before, " + loadAverage() + " after, on "
                        + Runtime.getRuntime().availableProcessors() + " cores",
                "",
                "| Tried | Command | Exit | Wall ms | CPU ms | Peak RSS MB | Limit s | Says |",
                "|---|---|---|---|---|---|---|---|")) + "\n" + String.join("\n", rows) + "\n";
        System.out.println(table);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("hostile-input-benchmark.md"), table, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs a probe {@code runs} times; asserts each run ended within the probe's limit with a message, not a crash.
     */
    private Figures measure(Probe probe, int runs) throws IOException, InterruptedException {
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        long peak = 0;
        ChildJvm.Run last = null;
        for (int i = 0; i < runs; i++) {
            last = ChildJvm.recap(dir, probe.limitSeconds(), probe.args().toArray(String[]::new));
            String what = probe.tried() + " / recap " + probe.command();
            assertThat(last.millis()).as("%s took %d ms, over its %d s: %s", what, last.millis(),
                    probe.limitSeconds(), last.err()).isLessThan(probe.limitSeconds() * 1000);
            assertThat(last.crashed()).as("%s crashed: %s", what, last.err()).isFalse();
            assertThat(last.exitCode()).as("%s exit; stderr: %s", what, last.err()).isBetween(0, 2);
            wall[i] = last.millis();
            cpu[i] = last.cpuMillis();
            peak = Math.max(peak, last.peakKb());
        }
        return new Figures(last.exitCode(), median(wall), median(cpu), (peak + 512) / 1024, says(last));
    }

    /** What the command told the user: its first error (or warning) line, else its first line on stderr, else the
     * last line it printed; the temporary folder's path left out. */
    private String says(ChildJvm.Run run) {
        List<String> out = run.out().lines().toList();
        String line = out.stream().filter(l -> l.contains(": error: ")).findFirst()
                .or(() -> out.stream().filter(l -> l.contains(": warning: ")).findFirst())
                .or(() -> run.err().lines().filter(l -> !l.isBlank()).findFirst())
                .orElse(out.isEmpty() ? "" : out.get(out.size() - 1));
        line = line.replace(dir.toString() + "/", "").replaceFirst("^posts/[^/]+/", "");
        return line.length() > 220 ? line.substring(0, 217) + "…" : line;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " " + load[1] + " " + load[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Every hostile post, each a bundle in the temporary folder, by name. */
    private Map<String, Path> posts() throws IOException {
        Map<String, Path> bundles = new LinkedHashMap<>();
        bundles.put("plain-sample-post", BenchSupport.copySample(dir.resolve("posts").resolve("plain-sample-post")));
        for (HostileInputs.Case c : HostileInputs.posts()) {
            bundles.put(c.name(), bundle(c.name(), c.text()));
        }
        String body = "Hello.\n";
        bundles.put("yaml-flow-1000-deep", bundle("yaml-flow-1000-deep",
                HostileInputs.yamlPost(HostileInputs.deepYamlFlow(1_000), body)));
        bundles.put("toml-array-1000-deep", bundle("toml-array-1000-deep",
                HostileInputs.tomlPost(HostileInputs.deepTomlArray(1_000), body)));
        bundles.put("json-1000-deep", bundle("json-1000-deep", HostileInputs.deepJson(1_000) + "\n" + body));

        String glob = HostileInputs.manyStarsGlob(60);
        Path globs = bundle("resources-glob-of-60-stars", "---\ntitle: Globs\nresources:\n  - src: \"" + glob
                + "\"\n    title: Matched\n---\n" + body);
        HostileImages.photo(globs.resolve(HostileInputs.longName(200, "jpg")), 64, 48);
        bundles.put("resources-glob-of-60-stars", globs);
        Path names = bundle("imgproc-name-of-60-stars", "---\ntitle: Names\n---\n{{< imgproc \"" + glob
                + "\" Resize 600x >}}\n{{< gallery match=\"" + glob + "\" >}}\n");
        HostileImages.photo(names.resolve(HostileInputs.longName(200, "jpg")), 64, 48);
        bundles.put("imgproc-name-of-60-stars", names);

        bundles.put("post-of-10-mb", bundle("post-of-10-mb", HostileInputs.bigPost(10_000_000)));
        bundles.put("headings-200000", bundle("headings-200000", HostileInputs.repeatedHeadings(200_000)));
        Path calls = bundle("imgproc-400-calls", HostileInputs.imgprocCalls(400));
        HostileImages.photo(calls.resolve("photo.jpg"), 1000, 700);
        bundles.put("imgproc-400-calls", calls);
        return bundles;
    }

    private List<Probe> imageProbes() throws IOException {
        Path photo = HostileImages.photo(dir.resolve("photo-24mp.jpg"), 6000, 4000);
        Path png16 = HostileImages.png16(dir.resolve("rgba16-7000px.png"), 7000);
        Path bomb = HostileImages.pngBomb(dir.resolve("bomb.png"), 100_000, 100_000);
        String out = dir.resolve("out.jpg").toString();
        return List.of(
                new Probe("photo-24mp Resize 600x r45", "image", List.of("image", photo.toString(), "--spec",
                        "Resize 600x r45", "-o", out)),
                new Probe("photo-24mp Fill 1x50000000", "image", List.of("image", photo.toString(), "--spec",
                        "Fill 1x50000000", "-o", out)),
                new Probe("photo-24mp Fill 600x400 Smart", "image", List.of("image", photo.toString(), "--spec",
                        "Fill 600x400 Smart", "-o", out)),
                new Probe("rgba16-7000px Fill 600x400 Smart", "image", List.of("image", png16.toString(), "--spec",
                        "Fill 600x400 Smart", "-o", dir.resolve("out.png").toString())),
                new Probe("bomb-100000x100000 Resize 600x", "image", List.of("image", bomb.toString(), "--spec",
                        "Resize 600x", "-o", dir.resolve("bomb-out.png").toString())));
    }

    private Path bundle(String name, String text) throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("posts").resolve(name));
        Files.writeString(bundle.resolve("index.md"), text, StandardCharsets.UTF_8);
        return bundle;
    }
}
