package io.recapstudio.core.frontmatter.bench;

import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterEditor;
import io.recapstudio.core.post.Fixtures;
import io.recapstudio.core.post.LineEndings;
import io.recapstudio.core.post.Post;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Speed of the lossless core on a typical recap post and on a 5,000-line post. Run with
 * {@code mvn -B -q -Pbench test -Dtest=FrontMatterBenchmark}; prints the best of five batches per operation and
 * asserts nothing about time.
 */
class FrontMatterBenchmark {

    @Test
    void measure() throws IOException {
        byte[] typical = Files.readAllBytes(Fixtures.post("yaml-basic.md"));
        String typicalText = Post.parse(typical, null).text();
        StringBuilder big = new StringBuilder(typicalText);
        for (int i = 0; i < 4_900; i++) {
            big.append(i % 7 == 0 ? "\r\n" : "Line ").append(i).append(" of a very long recap body text.\n");
        }
        String bigText = big.toString();

        report("read + write back typical post (bytes)", 2_000, () -> Post.parse(typical, null).toBytes());
        report("parse typical YAML front matter", 2_000, () -> FrontMatter.parse(typicalText));
        report("set title (edit + verify) typical post", 1_000,
                () -> FrontMatterEditor.of(typicalText).set("title", "Benchmark title"));
        report("set params.author typical post", 1_000,
                () -> FrontMatterEditor.of(typicalText).set("params.author", "Someone Else"));
        report("parse front matter of 5,000-line post", 500, () -> FrontMatter.parse(bigText));
        String edited = LineEndings.toLf(bigText).replace("Line 2500 of", "Line 2500 (edited) of");
        report("LineEndings.restore 5,000 lines, one changed", 200, () -> LineEndings.restore(bigText, edited));
        report("LineEndings.toLf 5,000 lines", 500, () -> LineEndings.toLf(bigText));
    }

    /**
     * Best of five batches, as wall time and as this thread's CPU time: the machine is shared, so the minimum is the
     * figure least disturbed by others, and CPU time is what the work itself costs.
     */
    private static void report(String what, int iterations, Supplier<Object> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3 * iterations; i++) {
            work.get();
        }
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        int checksum = 0;
        for (int batch = 0; batch < 5; batch++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                checksum += System.identityHashCode(work.get()) & 1;
            }
            bestWall = Math.min(bestWall, (System.nanoTime() - start) / 1_000.0 / iterations);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / iterations);
        }
        System.out.println(String.format(Locale.ROOT, "BENCH %-48s %9.1f us/op wall %9.1f us/op cpu (checksum %d)",
                what, bestWall, bestCpu, checksum));
    }
}
