package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.AtomicFiles;
import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Another program changes, replaces or removes an open post's file; Save never writes over what it did not see. */
@ExtendWith(ApplicationExtension.class)
class DiskChangesTest {

    private static final String POST = "---\ntitle: \"Quay Summit\"\n---\n\nDay one was busy.\n";
    private static final String THEIRS = POST + "A line another editor added.\n";

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, DiagnosticsProvider.NONE);
    }

    /** The user types "Mine." into the post; then another program writes THEIRS over its file. */
    private PostTab mineThenTheirs(FxRobot robot, Path bundle, boolean watching) throws Exception {
        PostTab tab = fx.open(robot, bundle);
        if (!watching) {
            robot.interact(() -> fx.window.diskWatch().close()); // so that only Save can notice
        }
        fx.typeAtEnd(robot, "Mine.");
        waitFor(() -> tab.session().isDirty());
        anotherProgramWrites(bundle.resolve("index.md"), THEIRS);
        return tab;
    }

    /** Another program writes the file the way editors and git do: a new file moved over the old one. */
    private static void anotherProgramWrites(Path file, String text) throws Exception {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPostWithoutChangesFollowsTheFileSilently(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = fx.open(robot, bundle);

        anotherProgramWrites(bundle.resolve("index.md"), THEIRS);

        waitFor(() -> fx.area().getText().equals(THEIRS));
        assertThat(tab.session().isDirty()).isFalse();
        assertThat(robot.lookup("#disk-changed-dialog").tryQuery()).isEmpty();
        assertThat(fx.window.notifier().messages()).anyMatch(m -> m.startsWith("Reloaded quay-summit"));
    }

    @Test
    void withUnsavedChangesItAsksAndKeepMineKeepsTheTextForTheNextSave(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = mineThenTheirs(robot, bundle, true);

        waitFor(() -> robot.lookup("#disk-changed-dialog").tryQuery().isPresent());
        robot.clickOn("#compare-button");
        waitFor(() -> robot.lookup("#compare-diff").tryQuery().isPresent());
        assertThat(robot.lookup("#compare-diff").queryTextInputControl().getText())
                .contains("-    6  A line another editor added.").contains("+    6  Mine.");
        assertThat(robot.lookup("#disk-changed-dialog").tryQuery()).isPresent();
        robot.clickOn("Keep Mine");

        waitFor(() -> robot.lookup("#disk-changed-dialog").tryQuery().isEmpty());
        assertThat(fx.area().getText()).isEqualTo(POST + "Mine.");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !tab.session().isDirty());
        WindowFixture.assertFileText(bundle.resolve("index.md"), POST + "Mine.");
    }

    @Test
    void reloadShowsTheirTextAndUndoBringsMineBack(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = mineThenTheirs(robot, bundle, true);

        waitFor(() -> robot.lookup("#disk-changed-dialog").tryQuery().isPresent());
        robot.clickOn("Reload");

        waitFor(() -> fx.area().getText().equals(THEIRS));
        assertThat(tab.session().isDirty()).isFalse();
        robot.interact(() -> tab.editor().undo());
        assertThat(fx.area().getText()).isEqualTo(POST + "Mine.");
    }

    @Test
    void saveAsksBeforeWritingOverAChangeItHasNotSeen(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = mineThenTheirs(robot, bundle, false);

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> robot.lookup("#save-conflict-dialog").tryQuery().isPresent());
        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup("#save-conflict-dialog").tryQuery().isEmpty());
        WindowFixture.assertFileText(bundle.resolve("index.md"), THEIRS);
        assertThat(tab.session().isDirty()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> robot.lookup("#save-conflict-dialog").tryQuery().isPresent());
        robot.clickOn("Overwrite");
        waitFor(() -> !tab.session().isDirty());
        WindowFixture.assertFileText(bundle.resolve("index.md"), POST + "Mine.");
    }

    @Test
    void aTouchOrTheSameBytesWrittenAgainIsNoChange(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = fx.open(robot, bundle);
        robot.interact(() -> fx.window.diskWatch().close());
        fx.typeAtEnd(robot, "Mine.");
        waitFor(() -> tab.session().isDirty());
        anotherProgramWrites(bundle.resolve("index.md"), POST);

        robot.push(KeyCode.CONTROL, KeyCode.S);

        waitFor(() -> !tab.session().isDirty());
        assertThat(robot.lookup("#save-conflict-dialog").tryQuery()).isEmpty();
        WindowFixture.assertFileText(bundle.resolve("index.md"), POST + "Mine.");
    }

    @Test
    void aReadOnlyFileIsNeverWrittenOverAndSaveAsKeepsTheText(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        Path file = bundle.resolve("index.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        PostTab tab = fx.open(robot, bundle);
        waitFor(() -> fx.window.notifier().messages().stream().anyMatch(m -> m.contains("is read-only")));
        fx.typeAtEnd(robot, "Mine.");
        waitFor(() -> tab.session().isDirty());

        Path elsewhere = temp.resolve("writable-copy");
        fx.dialogs.saveFolder = elsewhere;
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> robot.lookup("#save-failed-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#save-failed-dialog").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains(file + " is read-only");
        robot.clickOn("Save As…");

        waitFor(() -> !tab.session().isDirty());
        WindowFixture.assertFileText(file, POST);
        WindowFixture.assertFileText(elsewhere.resolve("index.md"), POST + "Mine.");
        assertThat(tab.session().getPath()).isEqualTo(elsewhere.resolve("index.md"));
    }

    @Test
    void aFileThatVanishesKeepsItsTextAndSaysSoAndClosingAsks(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = fx.open(robot, bundle);
        Files.delete(bundle.resolve("index.md"));
        Files.delete(bundle);

        waitFor(() -> fx.window.notifier().messages().stream().anyMatch(m -> m.contains("was deleted or moved")));
        assertThat(fx.area().getText()).isEqualTo(POST);
        assertThat(tab.session().isDirty()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> robot.lookup("#save-failed-dialog").tryQuery().isPresent());
        robot.clickOn("Cancel");
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertThat(fx.window.tabs().all()).containsExactly(tab);
    }
}
