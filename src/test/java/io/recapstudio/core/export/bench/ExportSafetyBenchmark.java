package io.recapstudio.core.export.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.export.BundleExporter;
import io.recapstudio.core.export.ExportOptions;
import io.recapstudio.core.export.ExportPlan;
import io.recapstudio.core.export.ExportPlanner;
import io.recapstudio.core.export.ExportTarget;
import io.recapstudio.core.export.HugoVerifier;
import io.recapstudio.core.export.SiteTrees;
import io.recapstudio.core.export.VerifiedExport;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the export's safety costs in a site of 2,000 bundles (a 100 KB image each, 200 MB): an export into its busy
 * section (lock, leftover scan, checks again under the lock) against the plain write, and {@code --verify}'s copy of
 * the site (hard links) plus the Hugo build. Run with {@code mvn -B -q -Pbench test -Dtest=ExportSafetyBenchmark}.
 */
class ExportSafetyBenchmark {

    private static final int BUNDLES = 2_000;

    @TempDir
    Path dir;

    @Test
    void exportAndVerifyInABigSite() throws IOException {
        Path site = SiteTrees.minimalSite(dir.resolve("site"));
        byte[] image = new byte[100 * 1024];
        for (int i = 0; i < BUNDLES; i++) {
            Path bundle = Files.createDirectories(site.resolve("content/blog/2025-01-01-post-" + i));
            Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Post " + i + "\"\n---\n\nText.\n");
            Files.write(bundle.resolve("photo.bin"), image);
        }
        Path source = Files.createDirectories(dir.resolve("work/recap"));
        Files.writeString(source.resolve("index.md"), "---\ntitle: \"The recap\"\n---\n\nText.\n");
        Files.write(source.resolve("photo.bin"), image);
        PageBundle bundle = PageBundle.open(source);
        Site opened = Site.open(site);

        List<Long> exports = new ArrayList<>();
        for (int run = 0; run < 9; run++) {
            ExportTarget target = ExportPlanner.siteTarget(opened, Optional.of("blog"), Optional.of("{slug}-" + run),
                    bundle.post());
            ExportPlan plan = ExportPlanner.standard().plan(bundle, target, ExportOptions.defaults());
            long t = System.nanoTime();
            new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false);
            exports.add((System.nanoTime() - t) / 1_000);
        }
        exports.sort(null);
        System.out.printf("ExportSafetyBenchmark: export of 2 files into a section of %d bundles: median %d µs"
                + " (min %d, max %d)%n", BUNDLES, exports.get(exports.size() / 2), exports.get(0),
                exports.get(exports.size() - 1));

        Optional<HugoVerifier> hugo = HugoVerifier.onPath();
        if (hugo.isPresent()) {
            ExportTarget target = ExportPlanner.siteTarget(opened, Optional.of("blog"), Optional.of("{slug}-verify"),
                    bundle.post());
            ExportPlan plan = ExportPlanner.standard().plan(bundle, target, ExportOptions.defaults());
            long[] copied = new long[1];
            long t = System.nanoTime();
            HugoVerifier.Result result = new VerifiedExport(new BundleExporter()).build(plan, hugo.get(),
                    (done, total, message) -> {
                        if (message.startsWith("Building")) {
                            copied[0] = System.nanoTime();
                        }
                    }, () -> false);
            long end = System.nanoTime();
            assertThat(result.succeeded()).as(result.output()).isTrue();
            System.out.printf("ExportSafetyBenchmark: verify: copy of the site (%d files, hard links) and the bundle"
                    + " %d ms, Hugo build %d ms (load average %.1f on %d cores)%n", 2 * BUNDLES + 4,
                    (copied[0] - t) / 1_000_000, (end - copied[0]) / 1_000_000,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }
}
