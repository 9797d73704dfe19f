package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String POST = """
            ---
            title: "Harbour Days 2024"
            draft: yes
            ---

            # Harbour Days

            The talk on flaky builds was great.
            """;

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, MainWindowTest::flagFlaky);
    }

    /** A test check: every "flaky" is a warning. */
    static List<Diagnostic> flagFlaky(Path post, String text) {
        List<Diagnostic> out = new ArrayList<>();
        LineIndex lines = LineIndex.of(text);
        for (int i = text.indexOf("flaky"); i >= 0; i = text.indexOf("flaky", i + 1)) {
            out.add(Diagnostic.at(lines, TextRange.of(i, i + 5), Severity.WARNING, "mojibake",
                    "Say what broke instead of 'flaky'."));
        }
        return out;
    }

    @Test
    void openedPostShowsInATabWithItsNameAndTheWindowTitle(FxRobot robot) throws Exception {
        PostTab tab = fx.open(robot, fx.bundle("harbour-days", POST));

        assertThat(tab.tab().getText()).isEqualTo("harbour-days");
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(((Stage) fx.area().getScene().getWindow()).getTitle()).isEqualTo("harbour-days — Recap Studio");
        assertThat(fx.area().getText()).isEqualTo(POST);
    }

    @Test
    void typingMarksThePostDirtyInTabAndTitle(FxRobot robot) throws Exception {
        PostTab tab = fx.open(robot, fx.bundle("harbour-days", POST));
        robot.interact(() -> fx.area().moveTo(fx.area().getLength()));
        robot.clickOn(fx.area()).write("More.");

        waitFor(() -> tab.session().isDirty());
        assertThat(tab.tab().getText()).isEqualTo("harbour-days •");
        assertThat(((Stage) fx.area().getScene().getWindow()).getTitle()).startsWith("harbour-days •");
        assertThat(fx.window.actions().get("file.save").isEnabled()).isTrue();
    }

    @Test
    void saveIsDisabledWhileNothingIsDirty(FxRobot robot) throws Exception {
        fx.open(robot, fx.bundle("harbour-days", POST));

        assertThat(fx.window.actions().get("file.save").isEnabled()).isFalse();
        assertThat(fx.window.actions().get("file.save-as").isEnabled()).isTrue();
    }

    @Test
    void diagnosticsAreUnderlinedAndCountedInTheStatusBar(FxRobot robot) throws Exception {
        PostTab tab = fx.open(robot, fx.bundle("harbour-days", POST));
        int flaky = POST.indexOf("flaky");

        waitFor(() -> styleAt(flaky + 1).contains("diag-warning"));
        assertThat(tab.session().count(Severity.WARNING)).isEqualTo(1);
        assertThat(robot.lookup("#status-warnings").queryLabeled().getText()).isEqualTo("▲ 1 warning");
        assertThat(robot.lookup("#status-words").queryLabeled().getText()).isEqualTo("9 words");
    }

    @Test
    void statusBarFollowsTheCaret(FxRobot robot) throws Exception {
        fx.open(robot, fx.bundle("harbour-days", POST));
        robot.interact(() -> fx.area().moveTo(7, 4));

        waitFor(() -> robot.lookup("#status-position").queryLabeled().getText().equals("Ln 8, Col 5"));
    }

    @Test
    void previewAndEditorPanesHideAndShowFromTheViewShortcuts(FxRobot robot) throws Exception {
        PostTab tab = fx.open(robot, fx.bundle("harbour-days", POST));
        SplitPane split = tab.split();
        assertThat(split.getItems()).containsExactly(tab.editor().node(), tab.previewNode());

        robot.clickOn(fx.area()).push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.P);
        waitFor(() -> split.getItems().size() == 1);
        assertThat(split.getItems()).containsExactly(tab.editor().node());

        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.E);
        waitFor(() -> split.getItems().size() == 1 && split.getItems().get(0) == tab.previewNode());

        robot.interact(() -> fx.window.actions().get("view.editor").run());
        waitFor(() -> split.getItems().size() == 2);
        assertThat(split.getItems()).containsExactly(tab.editor().node(), tab.previewNode());
    }

    @Test
    void hidingBothPanesKeepsTheOtherOne(FxRobot robot) throws Exception {
        PostTab tab = fx.open(robot, fx.bundle("harbour-days", POST));
        robot.interact(() -> fx.window.actions().get("view.preview").run());
        robot.interact(() -> fx.window.actions().get("view.editor").run());

        waitFor(() -> tab.split().getItems().size() == 1);
        assertThat(tab.split().getItems()).containsExactly(tab.previewNode());
        assertThat(fx.window.actions().get("view.preview").selectedProperty().get()).isTrue();
    }

    @Test
    void aDockPanelIsMadeForEachTabFromItsSessionAndToggledFromTheViewMenu(FxRobot robot) throws Exception {
        List<io.recapstudio.ui.session.EditorSession> madeFor = new ArrayList<>();
        robot.interact(() -> fx.window.addDockPanel(new io.recapstudio.ui.common.DockPanelSpec("notes", "Notes",
                "Shortcut+Shift+J", (session, services) -> {
                    madeFor.add(session);
                    javafx.scene.control.Label label = new javafx.scene.control.Label(session.getDisplayName());
                    label.setId("notes-panel");
                    return () -> label;
                })));
        PostTab tab = fx.open(robot, fx.bundle("harbour-days", POST));
        assertThat(madeFor).isEmpty();

        robot.interact(() -> fx.window.actions().get("view.dock.notes").run());

        waitFor(() -> tab.split().getItems().size() == 3);
        assertThat(madeFor).containsExactly(tab.session());
        assertThat(robot.lookup("#notes-panel").queryLabeled().getText()).isEqualTo("harbour-days");
        robot.interact(() -> fx.window.actions().get("view.dock.notes").run());
        waitFor(() -> tab.split().getItems().size() == 2);
    }

    private List<String> styleAt(int offset) {
        return new ArrayList<>(fx.area().getStyleAtPosition(offset));
    }
}
