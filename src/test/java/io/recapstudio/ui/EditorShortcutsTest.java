package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor's keyboard: formatting shortcuts, find/replace, go to line, auto-pairing, lists, zoom, undo. */
@ExtendWith(ApplicationExtension.class)
class EditorShortcutsTest {

    private static final String POST = """
            ---
            title: "Harbour Days"
            ---

            # Harbour Days

            The talk on builds and the talk on boats.
            """;

    @TempDir
    Path temp;

    private WindowFixture fx;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, DiagnosticsProvider.NONE);
    }

    @BeforeEach
    void openPost(FxRobot robot) throws Exception {
        fx.open(robot, fx.bundle("harbour-days", POST));
        area = fx.area();
        robot.clickOn(area);
    }

    private void caretAtEnd(FxRobot robot) {
        robot.interact(() -> area.moveTo(area.getLength()));
    }

    private int offsetOf(String needle) {
        return area.getText().indexOf(needle);
    }

    @Test
    void typingAShortcodeOpenerInsertsTheCloserAndStylesTheName(FxRobot robot) throws Exception {
        caretAtEnd(robot);
        robot.write("{{< youtube abc");

        waitFor(() -> area.getText().endsWith("{{< youtube abc >}}"));
        assertThat(area.getCaretPosition()).isEqualTo(area.getLength() - 4);
        assertThat(area.getStyleAtPosition(offsetOf("youtube") + 1)).contains("sc-name");
        assertThat(area.getStyleAtPosition(offsetOf("abc") + 1)).contains("sc-arg-value");
    }

    @Test
    void typingTheCloserOverTheInsertedOneStepsOverIt(FxRobot robot) throws Exception {
        caretAtEnd(robot);
        robot.write("{{< x >}}after");

        waitFor(() -> area.getText().endsWith("after"));
        assertThat(area.getText()).endsWith("\n{{< x >}}after");
    }

    @Test
    void argumentsTypedAfterTheCloserSpaceKeepOneSpaceBeforeIt(FxRobot robot) throws Exception {
        caretAtEnd(robot);
        robot.write("{{% note a b");

        waitFor(() -> area.getText().endsWith("{{% note a b %}}"));
    }

    @Test
    void boldItalicAndLinkShortcutsWrapTheSelection(FxRobot robot) throws Exception {
        int word = offsetOf("builds");
        robot.interact(() -> area.selectRange(word, word + 6));
        robot.push(KeyCode.CONTROL, KeyCode.B);
        waitFor(() -> area.getText().contains("**builds**"));

        robot.push(KeyCode.CONTROL, KeyCode.B);
        waitFor(() -> area.getText().contains(" builds ") && !area.getText().contains("**"));

        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> area.getText().contains("_builds_"));

        int boats = offsetOf("boats");
        robot.interact(() -> area.selectRange(boats, boats + 5));
        robot.push(KeyCode.CONTROL, KeyCode.K);
        waitFor(() -> area.getText().contains("[boats]()"));
        assertThat(area.getCaretPosition()).isEqualTo(offsetOf("[boats]()") + 8);
    }

    @Test
    void headingShortcutsSetAndClearTheLevel(FxRobot robot) throws Exception {
        int line = offsetOf("The talk");
        robot.interact(() -> area.moveTo(line));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(() -> area.getText().contains("\n### The talk"));
        assertThat(area.getStyleAtPosition(offsetOf("### The talk") + 6)).contains("md-heading", "md-h3");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(() -> area.getText().contains("\nThe talk"));
    }

    @Test
    void commentToggleUsesHtmlCommentsInTheBodyAndHashesInFrontMatter(FxRobot robot) throws Exception {
        robot.interact(() -> area.moveTo(offsetOf("The talk")));
        robot.push(KeyCode.CONTROL, KeyCode.SLASH);
        waitFor(() -> area.getText().contains("<!-- The talk on builds and the talk on boats. -->"));
        robot.push(KeyCode.CONTROL, KeyCode.SLASH);
        waitFor(() -> area.getText().equals(POST));

        robot.interact(() -> area.moveTo(offsetOf("title")));
        robot.push(KeyCode.CONTROL, KeyCode.SLASH);
        waitFor(() -> area.getText().contains("\n# title: \"Harbour Days\"\n"));
        assertThat(area.getStyleAtPosition(offsetOf("# title") + 3)).contains("fm-comment");
    }

    @Test
    void undoAndRedoFollowTheShortcuts(FxRobot robot) throws Exception {
        caretAtEnd(robot);
        robot.write("Extra");
        waitFor(() -> area.getText().endsWith("Extra"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> area.getText().equals(POST));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> area.getText().endsWith("Extra"));
    }

    @Test
    void findCountsMatchesAndMovesBetweenThem(FxRobot robot) throws Exception {
        robot.interact(() -> area.moveTo(0));
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("talk");

        waitFor(() -> countText(robot).equals("1 of 2"));
        assertThat(area.getSelectedText()).isEqualTo("talk");
        int first = area.getSelection().getStart();

        robot.push(KeyCode.ENTER);
        waitFor(() -> countText(robot).equals("2 of 2"));
        assertThat(area.getSelection().getStart()).isGreaterThan(first);

        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        waitFor(() -> countText(robot).equals("1 of 2"));
    }

    @Test
    void findWithRegexMatchCaseAndWholeWord(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("b\\w+s");
        waitFor(() -> countText(robot).equals("No results"));

        robot.clickOn("#find-regex");
        waitFor(() -> countText(robot).endsWith("of 2"));

        clearFindField(robot);
        robot.write("harbour");
        waitFor(() -> countText(robot).endsWith("of 2"));
        robot.clickOn("#find-match-case");
        waitFor(() -> countText(robot).equals("No results"));
        robot.clickOn("#find-match-case");
        robot.clickOn("#find-whole-word");
        clearFindField(robot);
        robot.write("Harbo");
        waitFor(() -> countText(robot).equals("No results"));
    }

    @Test
    void replaceAllIsOneUndoStep(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.H);
        robot.write("talk");
        robot.clickOn("#replace-field").write("session");
        robot.clickOn("#replace-all");

        waitFor(() -> area.getText().contains("The session on builds and the session on boats."));
        assertThat(countText(robot)).isEqualTo("Replaced 2");

        robot.clickOn(area).push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> area.getText().equals(POST));
    }

    @Test
    void replaceOneReplacesTheSelectedMatchAndMovesOn(FxRobot robot) throws Exception {
        robot.interact(() -> area.moveTo(0));
        robot.push(KeyCode.CONTROL, KeyCode.H);
        robot.write("talk");
        robot.clickOn("#replace-field").write("panel");
        robot.clickOn("#replace-one");

        waitFor(() -> area.getText().contains("The panel on builds and the talk on boats."));
        assertThat(area.getSelectedText()).isEqualTo("talk");
    }

    @Test
    void goToLineMovesTheCaret(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.write("7:5").push(KeyCode.ENTER);

        waitFor(() -> area.getCurrentParagraph() == 6);
        assertThat(area.getCaretColumn()).isEqualTo(4);
        assertThat(robot.lookup("#goto-line-field").tryQuery()).isEmpty();
    }

    @Test
    void goToLineRejectsALineOutsideThePost(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.write("99").push(KeyCode.ENTER);

        waitFor(() -> robot.lookup(".goto-bar .bar-error").tryQuery().isPresent());
        assertThat(robot.lookup(".goto-bar .bar-error").queryLabeled().getText()).isEqualTo("Enter a line from 1 to 8");
    }

    @Test
    void enterContinuesListsAndEndsThemOnAnEmptyItem(FxRobot robot) throws Exception {
        caretAtEnd(robot);
        robot.write("- first").push(KeyCode.ENTER).write("second").push(KeyCode.ENTER);
        waitFor(() -> area.getText().endsWith("- first\n- second\n- "));

        robot.push(KeyCode.ENTER);
        waitFor(() -> area.getText().endsWith("- first\n- second\n"));

        robot.write("9. nine").push(KeyCode.ENTER);
        waitFor(() -> area.getText().endsWith("9. nine\n10. "));
    }

    @Test
    void tabAndShiftTabIndentAndOutdentAListItem(FxRobot robot) throws Exception {
        caretAtEnd(robot);
        robot.write("- item");
        robot.push(KeyCode.TAB);
        waitFor(() -> area.getText().endsWith("\n  - item"));

        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        waitFor(() -> area.getText().endsWith("\n- item"));
    }

    @Test
    void zoomShortcutsChangeTheFontSizeAndWrapToggles(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        waitFor(() -> area.getStyle().contains("-fx-font-size: 15.0px"));
        robot.push(KeyCode.CONTROL, KeyCode.MINUS).push(KeyCode.CONTROL, KeyCode.MINUS);
        waitFor(() -> area.getStyle().contains("-fx-font-size: 13.0px"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitFor(() -> area.getStyle().contains("-fx-font-size: 14.0px"));

        assertThat(area.isWrapText()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.W);
        waitFor(() -> !area.isWrapText());
    }

    @Test
    void openingAFenceRestylesTheFollowingLinesAsCode(FxRobot robot) throws Exception {
        robot.interact(() -> area.moveTo(offsetOf("# Harbour")));
        robot.write("```\n");

        waitFor(() -> area.getStyleAtPosition(offsetOf("The talk") + 2).contains("md-code-block"));
        assertThat(area.getStyleAtPosition(offsetOf("# Harbour") + 3)).contains("md-code-block")
                .doesNotContain("md-heading");
    }

    private static void clearFindField(FxRobot robot) {
        javafx.scene.control.TextField field = robot.lookup("#find-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            field.clear();
            field.requestFocus();
        });
    }

    private static String countText(FxRobot robot) {
        return robot.lookup("#find-count").queryAs(Labeled.class).getText();
    }
}
