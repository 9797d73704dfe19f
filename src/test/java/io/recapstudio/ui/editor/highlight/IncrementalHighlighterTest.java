package io.recapstudio.ui.editor.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Long cascades continue in chunks later, and whatever the interleaving of edits and continuations, the result equals
 * a fresh highlight. The continuations run from a queue the test controls, so every run is the same.
 */
@ExtendWith(ApplicationExtension.class)
class IncrementalHighlighterTest {

    private final ArrayDeque<Runnable> later = new ArrayDeque<>();
    private CodeArea area;
    private IncrementalHighlighter highlighter;

    @Start
    void start(Stage stage) {
        StringBuilder text = new StringBuilder("---\ntitle: x\n---\n");
        for (int i = 0; i < 60; i++) {
            text.append("Line ").append(i).append(" with **bold** and {{< x a=\"b\" >}}\n");
        }
        area = new CodeArea(text.toString());
        highlighter = new IncrementalHighlighter(area, 3, later::add);
        highlighter.start();
        stage.setScene(new Scene(new VirtualizedScrollPane<>(area), 600, 400));
        stage.show();
    }

    private void runLaterWork() {
        while (!later.isEmpty()) {
            later.poll().run();
        }
    }

    @Test
    void aLongCascadeGoesOnAfterTheKeystrokeAndFinishes(FxRobot robot) {
        int[] restyledNow = new int[1];
        boolean[] pending = new boolean[2];
        robot.interact(() -> {
            area.insertText(area.getText().indexOf("Line 0"), "```\n");
            restyledNow[0] = highlighter.lastRestyledCount();
            pending[0] = highlighter.isCascadePending();
            runLaterWork();
            pending[1] = highlighter.isCascadePending();
        });

        assertThat(restyledNow[0]).isEqualTo(3);
        assertThat(pending).containsExactly(true, false);
        assertThat(area.getStyleAtPosition(area.getText().indexOf("Line 59") + 1)).contains("md-code-block");
    }

    @Test
    void editsInterleavedWithChunkedCascadesEqualAFreshHighlight(FxRobot robot) {
        String[] pieces = {"```\n", "\n", "---\n", "{{< x", " >}}", "<!--", "-->\n", "# ", "`", "+++\n", "~~~\n"};
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            List<String> incremental = new ArrayList<>();
            List<String> fresh = new ArrayList<>();
            robot.interact(() -> {
                for (int i = 0; i < 150; i++) {
                    if (random.nextInt(3) == 0 && !later.isEmpty()) {
                        later.poll().run();
                    }
                    edit(random, pieces);
                }
                runLaterWork();
                area.getParagraphs().forEach(p -> incremental.add(describe(p.getStyleSpans())));
                highlighter.restyleAll();
                area.getParagraphs().forEach(p -> fresh.add(describe(p.getStyleSpans())));
            });
            assertThat(incremental).as("seed %d", seed).isEqualTo(fresh);
        }
    }

    private void edit(Random random, String[] pieces) {
        int length = area.getLength();
        int at = random.nextInt(length + 1);
        if (random.nextInt(3) == 0 && length > 0) {
            area.deleteText(at, Math.min(length, at + random.nextInt(8)));
        } else {
            area.insertText(at, pieces[random.nextInt(pieces.length)]);
        }
    }

    /** The spans as text ("length:classes" per span, empty spans left out), comparable across span classes. */
    private static String describe(StyleSpans<Collection<String>> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(span -> {
            if (span.getLength() > 0) {
                out.append(span.getLength()).append(':').append(span.getStyle()).append(' ');
            }
        });
        return out.toString();
    }
}
