package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.session.DiagnosticsProvider;
import io.recapstudio.ui.session.RecoveryJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the recovery journal keeps while the app runs, and what the next start offers back. */
@ExtendWith(ApplicationExtension.class)
class RecoveryTest {

    private static final String POST = "---\ntitle: \"Quay Summit\"\n---\n\nDay one was busy.\n";

    @TempDir
    Path temp;

    private Stage stage;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx = new WindowFixture(temp);
    }

    private void startWindow(FxRobot robot, List<Path> open) {
        robot.interact(() -> {
            fx.start(stage, DiagnosticsProvider.NONE);
            fx.window.openInitial(open);
        });
    }

    private RecoveryJournal journal() {
        return RecoveryJournal.in(fx.dataDir());
    }

    /** An entry as a process that crashed left it. */
    private void leftByACrash(String id, Path file, String text) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        journal().write(new RecoveryJournal.Entry(id, file, file == null ? "Untitled" : "quay-summit", text,
                Instant.now(), ended.pid(), ended.info().startInstant().orElse(null)));
    }

    private void settle() throws Exception {
        fx.window.journal().settled().get(20, TimeUnit.SECONDS);
    }


    @Test
    void thePostsAJournalKeptAreOfferedWithWhatDiffersAndRestoreBringsTheTextBack(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        Path file = bundle.resolve("index.md");
        leftByACrash("crashed", file, POST + "Day two: the sentence typed before the crash.\n");

        startWindow(robot, List.of());
        waitFor(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        RecoveryDialog dialog = fx.window.recovery().dialog().orElseThrow();
        assertThat(dialog.list.getItems()).hasSize(1);
        assertThat(dialog.summary.getText()).contains(file.toString()).contains("1 line added, 0 removed");
        assertThat(dialog.diff.getText()).contains("+    6  Day two: the sentence typed before the crash.");

        robot.clickOn("#recovery-restore");

        waitFor(() -> fx.window.tabs().find(file).map(t -> t.session().isDirty()).orElse(false));
        PostTab tab = fx.window.tabs().find(file).orElseThrow();
        assertThat(tab.editor().area().getText()).isEqualTo(POST + "Day two: the sentence typed before the crash.\n");
        assertThat(robot.lookup("#recovery-dialog").tryQuery()).isEmpty();
        WindowFixture.assertFileText(file, POST);
        settle();
        assertThat(journal().fileOf("crashed")).doesNotExist();
        assertThat(journal().read(fx.window.journal().idOf(tab.session())).orElseThrow().text())
                .endsWith("typed before the crash.\n");
    }

    @Test
    void discardRemovesTheEntryAndOpensNothing(FxRobot robot) throws Exception {
        leftByACrash("unwanted", null, "A draft nobody wants.\n");

        startWindow(robot, List.of(fx.bundle("quay-summit", POST)));
        waitFor(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        assertThat(fx.window.recovery().dialog().orElseThrow().summary.getText()).contains("never saved");
        robot.clickOn("#recovery-discard");

        waitFor(() -> robot.lookup("#recovery-dialog").tryQuery().isEmpty());
        assertThat(journal().fileOf("unwanted")).doesNotExist();
        waitFor(() -> fx.window.tabs().all().size() == 1);
        assertThat(fx.window.tabs().all().get(0).session().getPath()).isNotNull();
    }

    @Test
    void aNewPostNeverSavedIsRestoredIntoANewTab(FxRobot robot) throws Exception {
        leftByACrash("draft", null, "---\ntitle: Draft\n---\n\nWritten, never saved.\n");

        startWindow(robot, List.of(fx.bundle("quay-summit", POST)));
        waitFor(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        robot.clickOn("#recovery-restore");

        waitFor(() -> fx.window.tabs().all().stream().anyMatch(t -> t.session().getPath() == null
                && t.editor().area().getText().endsWith("Written, never saved.\n")));
        PostTab draft = fx.window.tabs().all().stream().filter(t -> t.session().getPath() == null).findFirst()
                .orElseThrow();
        assertThat(draft.session().isDirty()).isTrue();
    }

    @Test
    void anEntryOfAnotherRunningWindowIsNotOffered(FxRobot robot) throws Exception {
        journal().write(RecoveryJournal.entry("alive", null, "Untitled", "being typed elsewhere"));

        startWindow(robot, List.of(fx.bundle("quay-summit", POST)));
        waitFor(() -> fx.window.tabs().all().size() == 1);

        assertThat(fx.window.recovery().dialog()).isEmpty();
        assertThat(journal().fileOf("alive")).exists();
    }

    @Test
    void typingIsJournalledSavingRemovesItAndSoDoesAQuitThatLetsTheChangesGo(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        startWindow(robot, List.of(bundle));
        waitFor(() -> fx.window.tabs().active() != null);
        PostTab tab = fx.window.tabs().active();

        fx.typeAtEnd(robot, "Kept while typing.");
        waitFor(() -> journal().read(fx.window.journal().idOf(tab.session()))
                .map(e -> e.text().endsWith("Kept while typing.")).orElse(false));
        Path entry = journal().fileOf(fx.window.journal().idOf(tab.session()));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !tab.session().isDirty());
        settle();
        assertThat(entry).doesNotExist();

        fx.typeAtEnd(robot, " And then let go.");
        waitFor(() -> Files.exists(entry));
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("Don't Save");

        waitFor(() -> !stage.isShowing());
        assertThat(entry).doesNotExist();
        assertThat(journal().left()).isEmpty();
        WindowFixture.assertFileText(bundle.resolve("index.md"), POST + "Kept while typing.");
    }
}
