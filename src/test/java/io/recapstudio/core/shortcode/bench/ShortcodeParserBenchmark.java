package io.recapstudio.core.shortcode.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.check.MojibakeDetector;
import io.recapstudio.core.shortcode.LexState;
import io.recapstudio.core.shortcode.ShortcodeLexer;
import io.recapstudio.core.shortcode.ShortcodeParser;
import io.recapstudio.core.text.LineIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Figures for the README: parsing a whole recap, lexing one line as the highlighter does on a keystroke, and the
 * mojibake scan. Run with {@code mvn -B -q -Pbench test -Dtest=ShortcodeParserBenchmark}.
 */
class ShortcodeParserBenchmark {

    /** A fictional recap of {@code lines} lines: prose, headings, lists, code, and a call every few lines. */
    static String recap(int lines) {
        String[] block = {
            "## Day one at the Harbour Cloud Summit",
            "",
            "The keynote filled the hall and the demo worked the first time, which nobody expected.",
            "{{< imgproc harbour-keynote Resize 800x >}}",
            "Morning keynote in the main hall.",
            "{{< /imgproc >}}",
            "",
            "{{< tweet user=harbourconf id=1700000000000000001 >}}",
            "- Workshop: *Reconciling at scale* with `kubectl` and friends",
            "- Panel: the future of GitOps, with [slides](https://example.org/slides)",
            "",
            "```yaml",
            "apiVersion: v1 # {{< param version >}}",
            "```",
            "{{< gallery match=\"photos/day1/*\" sortOrder=\"asc\" rowHeight=\"150\"",
            "    previewType=\"blur\" embedPreview=true >}}",
            "{{% youtube dQw4w9WgXcQ %}} and {{</* note */>}} shown literally.",
            "{{< note >}}Café talks ran late — nobody minded.{{< /note >}}",
            "",
            "Thanks to everyone who came by the booth!"};
        StringBuilder out = new StringBuilder("---\ntitle: Harbour Cloud Summit recap\n---\n");
        for (int i = 0; i < lines; i++) {
            out.append(block[i % block.length]).append('\n');
        }
        return out.toString();
    }

    /** Wall and thread-CPU times of {@code runs} runs, each sorted; CPU time is steadier on a shared machine. */
    private static double[][] measure(int runs, IntSupplier work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.getAsInt();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }

    private static String figures(double[][] sorted) {
        double[] wall = sorted[0];
        double[] cpu = sorted[1];
        return String.format("wall median %.3f ms, p95 %.3f ms; cpu median %.3f ms", wall[wall.length / 2],
                wall[(int) (wall.length * 0.95)], cpu[cpu.length / 2]);
    }

    @Test
    void parseWholeRecaps() {
        String warmUp = recap(10_000);
        measure(40, () -> ShortcodeParser.parse(warmUp).allCalls().size() + MojibakeDetector.find(warmUp).size());
        for (int lines : new int[] {100, 2_000, 10_000}) {
            String text = recap(lines);
            measure(10, () -> ShortcodeParser.parse(text).allCalls().size());
            double[][] parse = measure(50, () -> ShortcodeParser.parse(text).allCalls().size());
            double[][] mojibake = measure(50, () -> MojibakeDetector.find(text).size());
            System.out.printf("parse %,d lines: %s%nmojibake scan %,d lines: %s%n", lines, figures(parse), lines,
                    figures(mojibake));
            assertThat(ShortcodeParser.parse(text).diagnostics()).isEmpty();
        }
    }

    @Test
    void lexOneLineAsTheHighlighterDoes() {
        for (int lines : new int[] {100, 10_000}) {
            String text = recap(lines);
            LineIndex index = LineIndex.of(text);
            int line = index.line(text.indexOf("{{< gallery", text.length() / 2));
            int start = index.lineStart(line);
            int end = index.lineEnd(line, text);
            measure(200, () -> ShortcodeLexer.lex(text, start, end, LexState.TEXT).tokens().size());
            double[][] lex = measure(200, () -> {
                int tokens = 0;
                for (int repeat = 0; repeat < 1000; repeat++) {
                    tokens += ShortcodeLexer.lex(text, start, end, LexState.TEXT).tokens().size();
                }
                return tokens;
            });
            System.out.printf("lex one line of a %,d-line post: %s%n", lines, figures(lex).replace(" ms", " µs"));
            assertThat(ShortcodeLexer.lex(text, start, end, LexState.TEXT).tokens()).isNotEmpty();
        }
    }
}
