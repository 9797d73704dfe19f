package io.recapstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two exports of posts with the same folder name into one site at once: exactly one writes, the other is told. */
class ConcurrentExportTest {

    private static final int ROUNDS = 50;

    @TempDir
    Path dir;

    private Path site;
    private Site opened;
    private PageBundle first;
    private PageBundle second;

    @BeforeEach
    void createSiteAndTwoPostsWithOneSlug() throws IOException {
        site = SiteTrees.minimalSite(dir.resolve("site"));
        opened = Site.open(site);
        first = PageBundle.open(post("work/a", "From the first export"));
        second = PageBundle.open(post("work/b", "From the second export"));
    }

    private Path post(String path, String body) throws IOException {
        Path bundle = Files.createDirectories(dir.resolve(path));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Harbor Bay\"\n---\n\n" + body + "\n");
        Files.write(bundle.resolve("data.bin"), new byte[256 * 1024]);
        return bundle;
    }

    private ExportPlan plan(PageBundle bundle, String section, boolean force) {
        ExportTarget target = ExportPlanner.siteTarget(opened, Optional.of(section), Optional.empty(),
                bundle.post());
        return ExportPlanner.standard().plan(bundle, target, ExportOptions.defaults().withForce(force)
                .withReplaceExisting(force));
    }

    private List<String> hidden(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void ofTwoExportsRacingIntoOneFolderExactlyOneWritesAndTheOtherIsRefused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String section = "round" + round;
                ExportPlan a = plan(first, section, false);
                ExportPlan b = plan(second, section, false);
                assertThat(a.targetExists()).isFalse();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Object> ra = pool.submit(() -> attempt(a, start));
                Future<Object> rb = pool.submit(() -> attempt(b, start));
                List<Object> results = List.of(ra.get(30, TimeUnit.SECONDS), rb.get(30, TimeUnit.SECONDS));

                assertThat(results).as("round " + round).filteredOn(r -> r instanceof ExportReport).hasSize(1);
                ExportReport won = (ExportReport) results.stream().filter(r -> r instanceof ExportReport)
                        .findFirst().orElseThrow();
                assertThat(won.replaced()).isFalse();
                assertThat(results).filteredOn(r -> r instanceof ExportRefusedException).singleElement()
                        .satisfies(e -> assertThat(((Exception) e).getMessage())
                                .containsAnyOf("another export is writing", "was created meanwhile",
                                        "already exists")
                                .contains("nothing was written"));
                String text = Files.readString(won.bundleDir().resolve("index.md"));
                PageBundle winner = results.get(0) == won ? first : second;
                assertThat(text).isEqualTo(Files.readString(winner.indexFile()));
                assertThat(hidden(won.bundleDir().getParent())).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object attempt(ExportPlan plan, CyclicBarrier start) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        try {
            return new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false);
        } catch (ExportRefusedException e) {
            return e;
        }
    }

    @Test
    void whileOneExportWritesAForcedOneIntoTheSameFolderIsRefusedAndTheFirstCompletes() throws Exception {
        ExportPlan a = plan(first, "blog", true);
        ExportPlan b = plan(second, "blog", true);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BundleExporter held = new BundleExporter(step -> {
            if (step.equals("write:data.bin")) {
                inside.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ExportReport> running = pool.submit(() -> held.export(a, BundleExporter.Progress.NONE,
                    () -> false));
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

            Object result = attempt(b, new CyclicBarrier(1));

            assertThat(result).isInstanceOf(ExportRefusedException.class);
            assertThat(((Exception) result).getMessage()).contains("another export is writing");
            release.countDown();
            ExportReport report = running.get(30, TimeUnit.SECONDS);
            assertThat(Files.readString(report.bundleDir().resolve("index.md"))).contains("From the first export");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void anExportInAnotherProcessHoldsTheFolderAgainstThisOne() throws Exception {
        Path target = site.resolve("content/blog/harbor-bay");
        Path ready = dir.resolve("ready");
        Path go = dir.resolve("go");
        Process child = ExportChild.start(first.folder().toString(), target.toString(), "write:data.bin",
                ready.toString(), go.toString(), "replace");
        try {
            ExportChild.awaitFile(ready, child, Duration.ofSeconds(60));

            Object result = attempt(plan(second, "blog", true), new CyclicBarrier(1));

            assertThat(result).isInstanceOf(ExportRefusedException.class);
            assertThat(((Exception) result).getMessage()).contains("another export is writing");
            Files.writeString(go, "go");
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes())).isZero();
            assertThat(Files.readString(target.resolve("index.md"))).contains("From the first export");
            assertThat(hidden(target.getParent())).isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void twoChildProcessesRacingIntoOneFolderEndWithOneBundle() throws Exception {
        for (int round = 0; round < 4; round++) {
            Path target = site.resolve("content/race" + round + "/harbor-bay");
            List<Process> children = new ArrayList<>();
            for (PageBundle bundle : List.of(first, second)) {
                children.add(ExportChild.start(bundle.folder().toString(), target.toString(), "none", "-", "-"));
            }
            List<Integer> exits = new ArrayList<>();
            List<String> outputs = new ArrayList<>();
            for (Process child : children) {
                assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
                exits.add(child.exitValue());
                outputs.add(new String(child.getInputStream().readAllBytes()));
            }
            assertThat(exits).as(outputs.toString()).containsExactlyInAnyOrder(0, 1);
            assertThat(outputs.get(exits.indexOf(1))).contains("refused").contains("nothing was written");
            String winner = exits.get(0) == 0 ? "From the first export" : "From the second export";
            assertThat(Files.readString(target.resolve("index.md"))).contains(winner);
            assertThat(hidden(target.getParent())).isEmpty();
        }
    }
}
