package io.recapstudio.core.site.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteIndex;
import io.recapstudio.core.site.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long indexing a site with 2,000 recap bundles (each with front matter of the usual size, a few images and a
 * sub-folder) takes: cold (first run in the JVM) and warm (median of later runs). Run with
 * {@code mvn -B -q -Pbench test -Dtest=SiteIndexBenchmark}.
 */
class SiteIndexBenchmark {

    private static final int POSTS = 2_000;

    @TempDir
    Path dir;

    @Test
    void indexTwoThousandPosts() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "baseURL = \"https://example.org/\"\n[permalinks]\nblog = \"/:section/:year/:month/:slug/\"\n");
        for (int i = 0; i < POSTS; i++) {
            String folder = String.format("content/blog/%d-%02d-%02d-post-number-%d", 2015 + i % 10, 1 + i % 12,
                    1 + i % 28, i);
            site.write(folder + "/index.md", frontMatter(i) + "\nSome body text for post " + i + ".\n".repeat(40));
            site.write(folder + "/photo-" + i + "-featured.jpg", "not really a jpeg");
            site.write(folder + "/photos/a.jpg", "x");
        }
        Site s = Site.open(dir);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        SiteIndex cold = s.index();
        long coldMs = (System.nanoTime() - t0) / 1_000_000;
        long coldCpuMs = (processCpuNanos() - cpu0) / 1_000_000;
        assertThat(cold.posts()).hasSize(POSTS);
        assertThat(cold.problems()).isEmpty();
        List<Long> warm = new ArrayList<>();
        List<Long> warmCpu = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            long c = processCpuNanos();
            long t = System.nanoTime();
            s.index();
            warm.add((System.nanoTime() - t) / 1_000_000);
            warmCpu.add((processCpuNanos() - c) / 1_000_000);
        }
        warm.sort(null);
        warmCpu.sort(null);
        System.out.printf("SiteIndexBenchmark: %d posts; cold %d ms wall / %d ms CPU; warm median %d ms wall / %d ms "
                + "CPU (load average %.1f on %d cores)%n", POSTS, coldMs, coldCpuMs, warm.get(warm.size() / 2),
                warmCpu.get(warmCpu.size() / 2), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    /** CPU time of the whole JVM (all threads, GC and JIT included), which the machine's load does not inflate. */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static String frontMatter(int i) {
        return "---\n"
                + "title: \"Community day number " + i + ": what we saw\"\n"
                + "author: author" + (i % 17) + "\n"
                + "date: " + (2015 + i % 10) + "-0" + (1 + i % 9) + "-1" + (i % 9) + " 10:00:00+00:00\n"
                + "description: \"A recap of the day with talks, a workshop and photos from the booth. Post " + i
                + ".\"\n"
                + "tags: [event, community, tag" + (i % 40) + "]\n"
                + "categories: [news]\n"
                + "resources:\n- src: \"**.{jpg,png}\"\n  title: \"Image #:counter\"\n"
                + "params:\n  featured: true\n  speakers:\n    - name: Someone\n      talk: Something\n"
                + "---\n";
    }
}
