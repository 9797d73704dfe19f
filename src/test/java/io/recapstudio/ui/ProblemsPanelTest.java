package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.ui.problems.ProblemsPanel;
import io.recapstudio.ui.problems.QuickFixes;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Problems panel with the editor's real checks: the seed's mojibake is found, shown, reached and repaired. */
@ExtendWith(ApplicationExtension.class)
class ProblemsPanelTest {

    /** Like the seed post: "what’s" and "Anaïs" damaged by a Windows-1252 reading of UTF-8. */
    private static final String POST = """
            ---
            title: "Flux at KubeCon"
            ---

            The team held Office Hours where they covered the latest Flux features,
            what\u00e2\u20ac\u2122s coming next.

            Come hear from speakers like Ana\u00c3\u00afs Urlichs.
            """;

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, new CoreChecks());
    }

    private ProblemsPanel openPanel(FxRobot robot) throws Exception {
        fx.open(robot, fx.bundle("flux", POST));
        robot.interact(() -> fx.window.actions().get("view.dock.problems").selectedProperty().set(true));
        waitFor(() -> panel() != null && panel().list().getItems().stream().filter(d -> d.rule().equals("mojibake"))
                .count() == 2);
        return panel();
    }

    private ProblemsPanel panel() {
        PostTab tab = fx.window.tabs().active();
        return tab == null ? null : (ProblemsPanel) tab.selectDock(ProblemsFeature.DOCK_ID).orElse(null);
    }

    private ListCell<?> cellOf(FxRobot robot, Diagnostic d) {
        return robot.lookup(".list-cell").match((ListCell<?> c) -> d.equals(c.getItem())).query();
    }

    @Test
    void clickingAProblemPutsTheCaretAtItsLineAndColumn(FxRobot robot) throws Exception {
        ProblemsPanel panel = openPanel(robot);
        Diagnostic whats = panel.list().getItems().stream().filter(d -> d.line() == 6).findFirst().orElseThrow();

        robot.clickOn(cellOf(robot, whats).lookup(".problem-message"));

        waitFor(() -> fx.window.tabs().active().session().caretLineProperty().get() == 6);
        assertThat(fx.window.tabs().active().session().caretColumnProperty().get()).isEqualTo(whats.column());
        assertThat(fx.area().isFocused()).isTrue();
    }

    @Test
    void enterOnTheSelectedProblemGoesThereToo(FxRobot robot) throws Exception {
        ProblemsPanel panel = openPanel(robot);
        Diagnostic anais = panel.list().getItems().stream().filter(d -> d.line() == 8).findFirst().orElseThrow();
        robot.interact(() -> {
            panel.list().requestFocus();
            panel.list().getSelectionModel().select(anais);
        });

        robot.push(KeyCode.ENTER);

        waitFor(() -> fx.window.tabs().active().session().caretLineProperty().get() == 8);
        assertThat(fx.window.tabs().active().session().caretColumnProperty().get()).isEqualTo(anais.column());
    }

    @Test
    void fixRepairsTheMojibakeAndOneUndoTakesItBack(FxRobot robot) throws Exception {
        ProblemsPanel panel = openPanel(robot);
        Diagnostic whats = panel.list().getItems().stream().filter(d -> d.line() == 6).findFirst().orElseThrow();

        robot.clickOn(cellOf(robot, whats).lookup(".problem-fix"));

        waitFor(() -> fx.area().getText().contains("what\u2019s coming"));
        assertThat(fx.area().getText()).isEqualTo(POST.replace("what\u00e2\u20ac\u2122s", "what\u2019s"));
        waitFor(() -> panel.list().getItems().stream().filter(d -> d.rule().equals("mojibake")).count() == 1);

        robot.interact(() -> fx.window.actions().get("edit.undo").run());

        assertThat(fx.area().getText()).isEqualTo(POST);
        robot.interact(() -> fx.window.actions().get("edit.redo").run());
        assertThat(fx.area().getText()).contains("what\u2019s coming").contains("Ana\u00c3\u00afs");
    }

    @Test
    void fixAllRepairsEveryOneAsOneUndoStep(FxRobot robot) throws Exception {
        openPanel(robot);

        robot.clickOn("#problems-fix-all");

        waitFor(() -> fx.area().getText().contains("Ana\u00efs"));
        assertThat(fx.area().getText()).contains("what\u2019s coming");
        robot.interact(() -> fx.window.actions().get("edit.undo").run());
        assertThat(fx.area().getText()).isEqualTo(POST);
    }

    @Test
    void aFixStillAppliesAfterTypingElsewhereButNotOverChangedText(FxRobot robot) throws Exception {
        ProblemsPanel panel = openPanel(robot);
        Diagnostic anais = panel.list().getItems().stream().filter(d -> d.line() == 8).findFirst().orElseThrow();
        robot.interact(() -> fx.area().insertText(POST.indexOf("The team"), "Yes. "));

        robot.interact(() -> QuickFixes.apply(fx.window.tabs().active().session(), anais));

        assertThat(fx.area().getText()).startsWith(POST.substring(0, POST.indexOf("The team")) + "Yes. The team")
                .contains("Ana\u00efs Urlichs");
    }

    @Test
    void aFixIsRefusedWhereTheTextChangedSinceTheCheck(FxRobot robot) throws Exception {
        ProblemsPanel panel = openPanel(robot);
        Diagnostic anais = panel.list().getItems().stream().filter(d -> d.line() == 8).findFirst().orElseThrow();
        robot.interact(() -> fx.area().insertText(POST.indexOf("Ana\u00c3") + 4, "x"));
        String edited = POST.replace("Ana\u00c3\u00af", "Ana\u00c3x\u00af");

        boolean[] applied = {true};
        robot.interact(() -> applied[0] = QuickFixes.apply(fx.window.tabs().active().session(), anais));

        assertThat(applied[0]).isFalse();
        assertThat(fx.area().getText()).isEqualTo(edited);
    }

    @Test
    void ctrlPeriodAtTheCaretOffersTheFixThere(FxRobot robot) throws Exception {
        openPanel(robot);
        int at = POST.indexOf("Ana\u00c3") + 4;
        robot.interact(() -> fx.area().moveTo(at));
        robot.clickOn(fx.area());
        robot.interact(() -> fx.area().moveTo(at));

        robot.push(KeyCode.CONTROL, KeyCode.PERIOD);

        waitFor(() -> quickFixMenu() != null);
        List<MenuItem> items = quickFixMenu().getItems();
        assertThat(items).hasSize(1);
        assertThat(items.get(0).getText()).startsWith("Fix: ").contains("\u00ef");
        robot.interact(() -> items.get(0).fire());
        assertThat(fx.area().getText()).contains("Ana\u00efs Urlichs");
    }

    @Test
    void theEditorsContextMenuHoldsTheQuickFixAtTheCaret(FxRobot robot) throws Exception {
        openPanel(robot);
        int at = POST.indexOf("what\u00e2") + 5;

        List<String> texts = new java.util.ArrayList<>();
        robot.interact(() -> fx.window.editorMenu().items(fx.window.tabs().active().session(), at)
                .forEach(i -> texts.add(i.getText())));

        assertThat(texts).contains("Cut", "Copy", "Paste", "Select All", "Edit Shortcode…",
                "Shortcode from Palette…");
        assertThat(texts).anyMatch(t -> t != null && t.startsWith("Fix: ") && t.contains("\u2019"));
    }

    @Test
    void theStatusBarsWarningCountOpensTheProblemsPanel(FxRobot robot) throws Exception {
        fx.open(robot, fx.bundle("flux", POST));
        waitFor(() -> fx.window.tabs().active().session().getDiagnostics().size() >= 2);
        assertThat(fx.window.actions().get("view.dock.problems").selectedProperty().get()).isFalse();

        robot.clickOn("#status-warnings");

        waitFor(() -> panel() != null && panel().list().isFocused());
        assertThat(panel().list().getSelectionModel().getSelectedIndex()).isZero();
    }

    private static ContextMenu quickFixMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && c.isShowing()
                && "quick-fix-menu".equals(c.getId())).map(ContextMenu.class::cast).findFirst().orElse(null);
    }
}
