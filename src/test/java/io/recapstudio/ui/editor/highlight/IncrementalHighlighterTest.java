package io.recapstudio.ui.editor.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.WindowFixtureAccess;
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

/** Long cascades continue in chunks on later pulses, and the result still equals a fresh highlight. */
@ExtendWith(ApplicationExtension.class)
class IncrementalHighlighterTest {

    private CodeArea area;
    private IncrementalHighlighter highlighter;

    @Start
    void start(Stage stage) {
        StringBuilder text = new StringBuilder("---\ntitle: x\n---\n");
        for (int i = 0; i < 60; i++) {
            text.append("Line ").append(i).append(" with **bold** and {{< x a=\"b\" >}}\n");
        }
        area = new CodeArea(text.toString());
        highlighter = new IncrementalHighlighter(area, 3);
        highlighter.start();
        stage.setScene(new Scene(new VirtualizedScrollPane<>(area), 600, 400));
        stage.show();
    }

    @Test
    void aLongCascadeGoesOnAfterTheKeystrokeAndFinishes(FxRobot robot) throws Exception {
        int[] restyledNow = new int[1];
        boolean[] pendingNow = new boolean[1];
        robot.interact(() -> {
            area.insertText(area.getText().indexOf("Line 0"), "```\n");
            restyledNow[0] = highlighter.lastRestyledCount();
            pendingNow[0] = highlighter.isCascadePending();
        });
        assertThat(restyledNow[0]).isEqualTo(3);
        assertThat(pendingNow[0]).isTrue();

        WindowFixtureAccess.waitFor(() -> !highlighter.isCascadePending());
        assertThat(area.getStyleAtPosition(area.getText().indexOf("Line 59") + 1)).contains("md-code-block");
    }

    @Test
    void chunkedCascadesWithEditsInBetweenEqualAFreshHighlight(FxRobot robot) throws Exception {
        for (long seed : new long[] {7, 11, 23, 99}) {
            editRandomlyThenCompare(robot, new Random(seed));
        }
    }

    private void editRandomlyThenCompare(FxRobot robot, Random random) throws Exception {
        String[] pieces = {"```\n", "\n", "---\n", "{{< x", " >}}", "<!--", "-->\n", "# ", "`", "+++\n", "~~~\n"};
        for (int i = 0; i < 120; i++) {
            robot.interact(() -> {
                // Several edits in one FX turn: later ones land while the earlier cascade is still pending.
                for (int k = 0; k < 3; k++) {
                    int length = area.getLength();
                    int at = random.nextInt(length + 1);
                    if (random.nextInt(3) == 0 && length > 0) {
                        area.deleteText(at, Math.min(length, at + random.nextInt(8)));
                    } else {
                        area.insertText(at, pieces[random.nextInt(pieces.length)]);
                    }
                }
            });
        }
        WindowFixtureAccess.waitFor(() -> !highlighter.isCascadePending());
        List<StyleSpans<Collection<String>>> incremental = new ArrayList<>();
        List<StyleSpans<Collection<String>>> fresh = new ArrayList<>();
        robot.interact(() -> {
            area.getParagraphs().forEach(p -> incremental.add(p.getStyleSpans()));
            highlighter.restyleAll();
            area.getParagraphs().forEach(p -> fresh.add(p.getStyleSpans()));
        });
        assertThat(incremental).isEqualTo(fresh);
    }
}
