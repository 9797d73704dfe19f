package io.recapstudio.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.bench.RecapFixture;
import io.recapstudio.ui.WindowFixtureAccess;
import io.recapstudio.ui.session.EditorSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keystroke to visible preview change, in the real window: the app's {@code MainWindow} with its real checks, the
 * RichTextFX editor and the WebView preview, on the 2,000-line recap with 50 images ({@link RecapFixture}).
 *
 * <p>What it times: for every key, from the moment the key is due (key events are fired into the editor on the FX
 * thread, as the toolkit delivers a typed key: pressed, typed, released; a key that waits because the FX thread is
 * busy counts its wait) to the moment the preview's DOM shows the typed character (a {@code MutationObserver} in the
 * preview page compares the text after a marker word with the planned text and reports through the JS bridge), and
 * to the first animation frame after that (a {@code requestAnimationFrame} callback: the frame that paints it). Single
 * keys (one key, then a pause), then continuous typing at 10 and at 30 characters a second for 10 seconds each; each
 * key of continuous typing counts from its own due time, so a preview that lags behind the typing shows it.
 *
 * <p>Frames: the intervals between pulses while typing (an {@code AnimationTimer} keeps the pulses going) and the
 * longest FX-thread stall; a frame of 60 Hz takes 16.7 ms, and an interval over 33 ms means at least one frame was
 * missed. Run: {@code mvn -B -Pbench test -Dtest=TypingLatencyBenchmark} (Monocle, headless), or with a real display:
 * {@code xvfb-run -a mvn -B -Pbench test -Dtest=TypingLatencyBenchmark -Dtest.headless.args=-Dprism.order=sw}.
 */
@ExtendWith(ApplicationExtension.class)
class TypingLatencyBenchmark {

    private static final String MARKER = "QQZX";
    private static final String WORDS = "we met the maintainers at the booth and talked about reconciling fleets of "
            + "clusters with small teams while the coffee ran out twice before noon ";

    @TempDir
    Path temp;

    private WindowFixtureAccess.Window fx;
    private final Probe probe = new Probe();

    @Start
    void start(Stage stage) {
        stage.setWidth(1600);
        stage.setHeight(1000);
        fx = WindowFixtureAccess.startWithChecks(temp, stage);
    }

    @Test
    void keystrokeToVisiblePreviewChange(FxRobot robot) throws Exception {
        Path bundle = Files.createDirectories(temp.resolve("posts/benchmark-days"));
        RecapFixture.writeImages(bundle);
        String text = RecapFixture.text(false).replace("The speakers of session 20 walked",
                "The speakers of session 20 " + MARKER + " walked");
        Files.writeString(bundle.resolve("index.md"), text);
        EditorSession session = fx.open(robot, bundle);
        CodeArea area = fx.area();
        WebView preview = (WebView) fx.previewNode().lookup("#preview");
        WindowFixtureAccess.waitFor(() -> quietly(() -> area.getLength() > 0));
        waitUntilShown(preview, session);
        int caret = text.indexOf(MARKER) + MARKER.length();
        onFx(() -> {
            area.moveTo(caret);
            area.requestFollowCaret();
            area.requestFocus();
            return null;
        });
        FrameMeter frames = onFx(FrameMeter::new);

        String planned = WORDS.repeat(8);
        int offset = 0;
        installProbe(preview, planned);
        // Warm-up: the JIT, the caches, the page's layout of the typing paragraph.
        offset = typeContinuously(planned, offset, 30, 60, null);
        waitPainted(offset);

        List<Double> singleDom = new ArrayList<>();
        List<Double> singleFrame = new ArrayList<>();
        frames.reset();
        long render0 = threadCpu("recap-preview-render");
        long checks0 = threadCpu("recap-diagnostics");
        for (int i = 0; i < 30; i++) {
            long due = System.nanoTime();
            String key = planned.substring(offset, offset + 1);
            onFx(() -> {
                type(area, key);
                return null;
            });
            offset++;
            waitPainted(offset);
            singleDom.add(ms(probe.domAt(offset) - due));
            singleFrame.add(ms(probe.frameAt(offset) - due));
            Thread.sleep(250); // a pause between single keys: the pacing of the benchmark, not a wait for a result
        }
        String singleFrames = frames.report();
        String singleCpu = String.format(Locale.ROOT, "CPU per key: render thread %.1f ms, checks thread %.1f ms",
                ms(threadCpu("recap-preview-render") - render0) / singleDom.size(),
                ms(threadCpu("recap-diagnostics") - checks0) / singleDom.size());

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "single keys (%d):           DOM %s | frame %s | %s | %s",
                singleDom.size(), stats(singleDom), stats(singleFrame), singleFrames, singleCpu));
        for (int rate : new int[] {10, 30}) {
            List<Double> dom = new ArrayList<>();
            List<Double> frame = new ArrayList<>();
            frames.reset();
            long cpu0 = fxThreadCpu();
            long wall0 = System.nanoTime();
            int from = offset;
            long[] due = new long[rate * 10];
            offset = typeContinuously(planned, offset, rate, rate * 10, due);
            waitPainted(offset);
            double busy = (fxThreadCpu() - cpu0) / (double) (System.nanoTime() - wall0);
            for (int k = 0; k < due.length; k++) {
                dom.add(ms(probe.domAt(from + k + 1) - due[k]));
                frame.add(ms(probe.frameAt(from + k + 1) - due[k]));
            }
            lines.add(String.format(Locale.ROOT, "continuous %2d chars/s (%d): DOM %s | frame %s | %s | FX thread busy"
                    + " %.0f%%", rate, due.length, stats(dom), stats(frame), frames.report(), busy * 100));
        }
        onFx(() -> {
            frames.stop();
            return null;
        });
        assertThat(onFx(() -> area.getText())).contains(MARKER + planned.substring(0, offset));
        System.out.printf("%nTypingLatencyBenchmark: key due → preview DOM shows it → next frame; 2,000-line recap,"
                + " 50 images, load %.1f on %d cores, %s%n", load(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("glass.platform", "the default glass") + " glass");
        lines.forEach(line -> System.out.println("  " + line));
        System.out.println();
    }

    /** Types {@code count} keys of {@code planned} from {@code offset}, each due 1/rate s after the last. */
    private int typeContinuously(String planned, int offset, int rate, int count, long[] dueTimes)
            throws Exception {
        CodeArea area = fx.area();
        long start = System.nanoTime() + 20_000_000L;
        long step = 1_000_000_000L / rate;
        for (int k = 0; k < count; k++) {
            long due = start + k * step;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (dueTimes != null) {
                dueTimes[k] = due;
            }
            String key = planned.substring(offset + k, offset + k + 1);
            Platform.runLater(() -> type(area, key));
        }
        return offset + count;
    }

    /** A typed key as the toolkit delivers it to the focused editor: pressed, typed, released. */
    private static void type(CodeArea area, String character) {
        KeyCode code = character.equals(" ") ? KeyCode.SPACE : KeyCode.getKeyCode(character.toUpperCase(Locale.ROOT));
        KeyCode pressed = code == null ? KeyCode.UNDEFINED : code;
        Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", pressed, false, false, false, false));
        Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false,
                false));
        Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", pressed, false, false, false, false));
    }

    private void waitUntilShown(WebView preview, EditorSession session) throws Exception {
        WindowFixtureAccess.waitFor(() -> quietly(() -> {
            Object shown = preview.getEngine().executeScript("window.recapPreview ? recapPreview.shownVersion() : -2");
            return shown instanceof Number n && n.longValue() == session.currentVersion();
        }));
    }

    private void waitPainted(int count) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> probe.frameAt(count) > 0);
    }

    /**
     * The observer: after every mutation of the page's content, the length of the planned text shown after the
     * marker, reported at once (DOM) and at the next animation frame.
     */
    private void installProbe(WebView preview, String planned) throws Exception {
        onFx(() -> {
            WebEngine engine = preview.getEngine();
            ((JSObject) engine.executeScript("window")).setMember("benchProbe", probe);
            ((JSObject) engine.executeScript("window")).setMember("benchPlanned", planned);
            engine.executeScript("(function () {"
                    + "  var marker = '" + MARKER + "', last = -1;"
                    + "  function shown(root) {"
                    + "    var t = root.textContent, at = t.indexOf(marker);"
                    + "    if (at < 0) { return -1; }"
                    + "    var n = 0, from = at + marker.length;"
                    + "    while (n < benchPlanned.length && t.charAt(from + n) === benchPlanned.charAt(n)) { n++; }"
                    + "    return n;"
                    + "  }"
                    + "  new MutationObserver(function (records) {"
                    + "    var best = -1;"
                    + "    for (var i = 0; i < records.length; i++) {"
                    + "      var added = records[i].addedNodes;"
                    + "      for (var j = 0; j < added.length; j++) {"
                    + "        if (added[j].nodeType === 1) { best = Math.max(best, shown(added[j])); }"
                    + "      }"
                    + "    }"
                    + "    if (best > last) {"
                    + "      last = best; benchProbe.dom(best);"
                    + "      var n = best; window.requestAnimationFrame(function () { benchProbe.frame(n); });"
                    + "    }"
                    + "  }).observe(document.getElementById('content'), {childList: true, subtree: true,"
                    + "      characterData: true});"
                    + "}()); 1");
            return null;
        });
    }

    /** What the page reports; public so that WebKit's bridge sees its methods. Called on the FX thread. */
    public static final class Probe {
        private final List<long[]> doms = new ArrayList<>();
        private final List<long[]> frames = new ArrayList<>();

        public void dom(int shown) {
            synchronized (this) {
                doms.add(new long[] {shown, System.nanoTime()});
            }
        }

        public void frame(int shown) {
            synchronized (this) {
                frames.add(new long[] {shown, System.nanoTime()});
            }
        }

        synchronized long domAt(int count) {
            return first(doms, count);
        }

        synchronized long frameAt(int count) {
            return first(frames, count);
        }

        private static long first(List<long[]> reports, int count) {
            for (long[] report : reports) {
                if (report[0] >= count) {
                    return report[1];
                }
            }
            return 0;
        }
    }

    /** Intervals between pulses, kept coming by an animation timer. FX thread. */
    private static final class FrameMeter extends javafx.animation.AnimationTimer {
        private final List<Long> intervals = new ArrayList<>();
        private long last;

        FrameMeter() {
            start();
        }

        @Override
        public void handle(long now) {
            long t = System.nanoTime();
            if (last != 0) {
                synchronized (this) {
                    intervals.add(t - last);
                }
            }
            last = t;
        }

        synchronized void reset() {
            intervals.clear();
        }

        synchronized String report() {
            long over = intervals.stream().filter(i -> i > 33_400_000L).count();
            long max = intervals.stream().mapToLong(Long::longValue).max().orElse(0);
            return String.format(Locale.ROOT, "frames %d, over 33 ms %d, longest %.0f ms", intervals.size(), over,
                    max / 1e6);
        }
    }

    /** The CPU time so far of the live threads named {@code name} (the preview's render thread, the checks'). */
    private static long threadCpu(String name) {
        var threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(name)) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return total;
    }

    private static long fxThreadCpu() throws Exception {
        long id = onFx(() -> Thread.currentThread().getId());
        return ManagementFactory.getThreadMXBean().getThreadCpuTime(id);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String stats(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, max %.0f ms", sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static boolean quietly(java.util.concurrent.Callable<Boolean> condition) {
        try {
            return onFx(condition);
        } catch (Exception e) {
            return false;
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
    }
}
