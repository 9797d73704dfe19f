package io.recapstudio.ui.editor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.editor.EditorPane;
import io.recapstudio.ui.editor.EditorPrefs;
import io.recapstudio.ui.editor.highlight.IncrementalHighlighter;
import io.recapstudio.ui.editor.highlight.PreparedText;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.OpenedPost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keystroke cost of the editor's incremental highlighting at 100, 1,000 and 10,000 lines, and a 10 MB file: how long
 * it takes to open (read + highlight off the FX thread, then the document swap on it) and what a keystroke costs in
 * it. Runs the real EditorPane in a shown stage (Monocle headless under surefire). Figures go to stdout and
 * target/bench/highlighting.txt. Run: {@code mvn -B -q -Pbench test -Dtest=HighlightingBenchmark}.
 */
class HighlightingBenchmark {

    private static final int WARMUP = 1500;
    private static final int MEASURED = 2000;
    private static final int BATCH = 50;
    private final List<String> report = new ArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void keystrokeCostStaysFlatFromHundredToTenThousandLines() throws Exception {
        report.add(String.format(Locale.ROOT, "%-12s %-18s %10s %10s %10s %10s %8s", "size", "where",
                "hl median", "hl p95", "key median", "key p95", "restyled"));
        for (int lines : new int[] {100, 1_000, 10_000}) {
            EditorPane pane = onFx(() -> pane(RecapText.lines(lines), null));
            measure(pane, lines + " lines", "prose", "The **keynote**");
            measure(pane, lines + " lines", "shortcode args", "Fill \"800x450");
            onFx(() -> close(pane));
        }
        write();
    }

    @Test
    void aTenMegabyteFileOpensOffTheFxThreadAndStaysResponsive() throws Exception {
        // The app has a post open already when a large one is opened: warm the editor classes up the same way.
        EditorPane warm = onFx(() -> pane(RecapText.lines(1_000), null));
        onFx(() -> close(warm));
        String text = RecapText.ofSize(10 * 1024 * 1024);
        Path file = Files.createTempFile("recap-10mb", ".md");
        Files.writeString(file, text);
        long t0 = System.nanoTime();
        OpenedPost post = io.recapstudio.ui.session.PostFiles.read(file);
        long read = System.nanoTime() - t0;
        t0 = System.nanoTime();
        PreparedText prepared = PreparedText.prepare(post.text(), f -> { });
        long prepare = System.nanoTime() - t0;
        long[] fx = new long[2];
        EditorPane pane = onFx(() -> {
            long s = System.nanoTime();
            EditorPane p = editor(null, new Object[] {post, prepared});
            fx[0] = System.nanoTime() - s;
            s = System.nanoTime();
            show(p);
            fx[1] = System.nanoTime() - s;
            return p;
        });
        int paragraphs = onFx(() -> pane.area().getParagraphs().size());
        report.add(String.format(Locale.ROOT, "10 MB file (%,d chars, %,d lines): read %.0f ms, highlight %.0f ms"
                        + " (both off the FX thread); on the FX thread: editor %.0f ms, first layout %.0f ms",
                text.length(), paragraphs, read / 1e6, prepare / 1e6, fx[0] / 1e6, fx[1] / 1e6));
        long[] snapshot = new long[1];
        onFx(() -> {
            long s = System.nanoTime();
            pane.publishNow();
            snapshot[0] = System.nanoTime() - s;
            return null;
        });
        t0 = System.nanoTime();
        int length = pane.session().getText().text().length();
        long snapshotText = System.nanoTime() - t0;
        report.add(String.format(Locale.ROOT, "10 MB publish to session: %.2f ms on the FX thread, text built off it"
                + " in %.0f ms (%,d chars)", snapshot[0] / 1e6, snapshotText / 1e6, length));
        measure(pane, "10 MB", "prose", "The **keynote**");
        long[] fence = new long[3];
        onFx(() -> {
            int at = pane.area().getText().indexOf("## Day");
            long s = System.nanoTime();
            pane.area().insertText(at, "```\n");
            fence[0] = System.nanoTime() - s;
            fence[1] = pane.highlighter().lastRestyledCount();
            fence[2] = pane.highlighter().lastChangeNanos();
            return null;
        });
        report.add(String.format(Locale.ROOT, "10 MB: typing a fence at the top (every later line changes state):"
                + " %.2f ms for the keystroke, of which highlighting %.2f ms (%d paragraphs re-styled)",
                fence[0] / 1e6, fence[2] / 1e6, fence[1]));
        onFx(() -> close(pane));
        Files.deleteIfExists(file);
        write();
    }

    private static EditorPane pane(String text, Object[] large) {
        return show(editor(text, large));
    }

    private static EditorPane editor(String text, Object[] large) {
        EditorPrefs prefs = EditorPrefs.from(AppSettings.load(Path.of(System.getProperty("java.io.tmpdir"),
                "recap-bench-settings")));
        EditorPane pane;
        if (large == null) {
            pane = new EditorPane(new EditorSession(OpenedPost.untitled(text)), prefs);
        } else {
            pane = new EditorPane(new EditorSession((OpenedPost) large[0]), prefs, (PreparedText) large[1]);
        }
        return pane;
    }

    private static EditorPane show(EditorPane pane) {
        Stage stage = new Stage();
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(pane.node()), 1200, 800));
        stage.show();
        return pane;
    }

    private static Void close(EditorPane pane) {
        pane.dispose();
        ((Stage) pane.area().getScene().getWindow()).close();
        return null;
    }

    /** Types characters into the middle paragraph that contains {@code anchor} and records the costs. */
    private void measure(EditorPane pane, String size, String where, String anchor) throws Exception {
        CodeArea area = pane.area();
        IncrementalHighlighter hl = pane.highlighter();
        int at = onFx(() -> {
            String all = area.getText();
            int middle = all.indexOf(anchor, all.length() / 2);
            int pos = (middle < 0 ? all.indexOf(anchor) : middle) + anchor.length() - 2;
            area.moveTo(pos);
            area.showParagraphAtCenter(area.getCurrentParagraph());
            return pos;
        });
        long[] highlight = new long[MEASURED];
        long[] keystroke = new long[MEASURED];
        int[] restyled = new int[MEASURED];
        for (int done = -WARMUP; done < MEASURED; done += BATCH) {
            int start = done;
            onFx(() -> {
                for (int i = 0; i < BATCH; i++) {
                    boolean insert = (start + i) % 2 == 0;
                    long t = System.nanoTime();
                    if (insert) {
                        area.insertText(at, "x");
                    } else {
                        area.deleteText(at, at + 1);
                    }
                    long k = System.nanoTime() - t;
                    int index = start + i;
                    if (index >= 0) {
                        keystroke[index] = k;
                        highlight[index] = hl.lastChangeNanos();
                        restyled[index] = hl.lastRestyledCount();
                    }
                }
                return null;
            });
        }
        int maxRestyled = Arrays.stream(restyled).max().orElse(0);
        report.add(String.format(Locale.ROOT, "%-12s %-18s %8.3f ms %8.3f ms %8.3f ms %8.3f ms %8d", size, where,
                percentile(highlight, 50), percentile(highlight, 95), percentile(keystroke, 50),
                percentile(keystroke, 95), maxRestyled));
        assertThat(maxRestyled).as("a keystroke in prose re-styles only its own paragraph").isEqualTo(1);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    private void write() throws IOException {
        report.forEach(System.out::println);
        Path out = Path.of("target", "bench", "highlighting.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        report.clear();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(600, TimeUnit.SECONDS);
    }
}
