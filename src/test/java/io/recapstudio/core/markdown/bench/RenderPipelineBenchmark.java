package io.recapstudio.core.markdown.bench;

import io.recapstudio.core.markdown.TestRenderers;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.MarkdownRenderer;
import io.recapstudio.core.markdown.RenderInput;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.RenderResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Render pipeline (front matter, shortcodes, Markdown, blocks) on a generated 2,000-line recap with 50 images:
 * the first render (images processed), then one keystroke at a time (processed images cached). Target: p95 under
 * 30 ms. Wall time and the render thread's CPU time are both reported: the second is what the render costs when
 * other processes compete for the two cores. Run: {@code mvn -B -q -Pbench test -Dtest=RenderPipelineBenchmark}.
 */
class RenderPipelineBenchmark {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 400;

    @Test
    void renderPipelineOnA2000LineRecapWith50Images(@TempDir Path bundle) throws Exception {
        RecapFixture.writeImages(bundle);
        measure("recap without footnotes (rendered piece by piece)", RecapFixture.text(false), bundle);
        measure("recap with 40 footnotes (rendered whole)", RecapFixture.text(true), bundle);
    }

    private static void measure(String label, String text, Path bundle) {
        MarkdownRenderer renderer = TestRenderers.preview();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        RenderResult first = renderer.render(new RenderInput(text, bundle, 0, RenderOptions.preview()));
        double firstMs = (System.nanoTime() - start) / 1e6;
        assertThat(first.diagnostics()).isEmpty();
        assertThat(first.html()).contains("card-img-top").contains("rs-gallery");

        int insertAt = text.indexOf("walked us through") + 6;
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(new RenderInput(edit(text, insertAt, i), bundle, i + 1, RenderOptions.preview()));
        }
        double[] wall = new double[MEASURED];
        double[] cpu = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            String edited = edit(text, insertAt, WARM_UP + i);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            renderer.render(new RenderInput(edited, bundle, WARM_UP + i + 1, RenderOptions.preview()));
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        System.out.printf("%nRenderPipelineBenchmark, %s: %d lines, %d images, %d blocks, load %.1f%n", label,
                text.split("\n", -1).length, RecapFixture.IMAGES, first.blocks().size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("  first render (images processed, or found in the cache): %.1f ms%n", firstMs);
        System.out.printf("  per keystroke after it (%d renders), wall: %s%n", MEASURED, percentiles(wall));
        System.out.printf("  per keystroke after it (%d renders), CPU:  %s  (target p95 < 30 ms)%n", MEASURED,
                percentiles(cpu));
    }

    static String percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }

    /** The text with the n-th keystroke typed at {@code at}: each render sees a different text, as when typing. */
    private static String edit(String text, int at, int n) {
        return text.substring(0, at) + (char) ('a' + n % 26) + text.substring(at);
    }
}
