package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Open, edit, save, save as a bundle, close with the unsaved-changes guard, tabs, recent files, drops. */
@ExtendWith(ApplicationExtension.class)
class FileOperationsTest {

    private static final String POST = "---\ntitle: \"Quay Summit\"\n---\n\nDay one was busy.\n";

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, DiagnosticsProvider.NONE);
    }


    @Test
    void openEditSaveReopenGivesTheEditedBytes(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = fx.open(robot, bundle);
        fx.typeAtEnd(robot, "Day two too.");
        waitFor(() -> tab.session().isDirty());

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !tab.session().isDirty());
        WindowFixture.assertFileText(bundle.resolve("index.md"), POST + "Day two too.");
        assertThat(fx.window.actions().get("file.save").isEnabled()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitFor(() -> fx.window.tabs().all().isEmpty());
        fx.open(robot, bundle);
        assertThat(fx.area().getText()).isEqualTo(POST + "Day two too.");
    }

    @Test
    void aCrlfPostStaysCrlfAfterAnEdit(FxRobot robot) throws Exception {
        String crlf = POST.replace("\n", "\r\n");
        Path bundle = fx.bundle("crlf-post", crlf);
        PostTab tab = fx.open(robot, bundle);
        assertThat(fx.area().getText()).isEqualTo(POST);

        fx.typeAtEnd(robot, "More.");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !tab.session().isDirty());

        WindowFixture.assertFileText(bundle.resolve("index.md"), crlf + "More.");
    }

    @Test
    void anUntouchedPostSavedAsABundleKeepsItsBytesAndResources(FxRobot robot) throws Exception {
        byte[] original = ("\uFEFF---\r\ntitle: mixed\n---\r\nBody\r\n").getBytes(StandardCharsets.UTF_8);
        Path bundle = fx.bundle("mixed-endings", original);
        Files.createDirectories(bundle.resolve("photos"));
        Files.write(bundle.resolve("photos/harbour.jpg"), new byte[] {1, 2, 3});
        Files.write(bundle.resolve("booth.png"), new byte[] {4, 5});
        PostTab tab = fx.open(robot, bundle);

        Path copy = temp.resolve("site/content/blog/mixed-copy");
        fx.dialogs.saveFolder = copy;
        robot.interact(() -> fx.window.actions().get("file.save-as").run());

        waitFor(() -> copy.resolve("index.md").equals(tab.session().getPath()));
        assertThat(Files.readAllBytes(copy.resolve("index.md"))).isEqualTo(original);
        assertThat(Files.readAllBytes(copy.resolve("photos/harbour.jpg"))).containsExactly(1, 2, 3);
        assertThat(Files.readAllBytes(copy.resolve("booth.png"))).containsExactly(4, 5);
        assertThat(Files.readAllBytes(bundle.resolve("index.md"))).isEqualTo(original);
        assertThat(tab.tab().getText()).isEqualTo("mixed-copy");
    }

    @Test
    void closingADirtyTabAsksAndCancelKeepsIt(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = fx.open(robot, bundle);
        fx.typeAtEnd(robot, "Unsaved words.");
        waitFor(() -> tab.session().isDirty());

        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("Cancel");

        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isEmpty());
        assertThat(fx.window.tabs().all()).containsExactly(tab);
        assertThat(fx.area().getText()).endsWith("Unsaved words.");
        WindowFixture.assertFileText(bundle.resolve("index.md"), POST);
    }

    @Test
    void closingADirtyTabWithDontSaveDropsTheEdits(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = fx.open(robot, bundle);
        fx.typeAtEnd(robot, "Throw away.");
        waitFor(() -> tab.session().isDirty());

        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("Don't Save");

        waitFor(() -> fx.window.tabs().all().isEmpty());
        WindowFixture.assertFileText(bundle.resolve("index.md"), POST);
    }

    @Test
    void closingADirtyTabWithSaveWritesThenCloses(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = fx.open(robot, bundle);
        fx.typeAtEnd(robot, "Keep me.");
        waitFor(() -> tab.session().isDirty());

        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("Save");

        waitFor(() -> fx.window.tabs().all().isEmpty());
        WindowFixture.assertFileText(bundle.resolve("index.md"), POST + "Keep me.");
    }

    @Test
    void quittingWithADirtyTabAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        PostTab tab = fx.open(robot, fx.bundle("quay-summit", POST));
        fx.typeAtEnd(robot, "Not yet.");
        waitFor(() -> tab.session().isDirty());

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("Cancel");

        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isEmpty());
        assertThat(fx.area().getScene().getWindow().isShowing()).isTrue();
        assertThat(fx.window.tabs().all()).containsExactly(tab);
    }

    @Test
    void aFailedSaveKeepsTheTabDirtyAndSaysWhy(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        PostTab tab = fx.open(robot, bundle);
        fx.typeAtEnd(robot, "Precious.");
        waitFor(() -> tab.session().isDirty());
        Files.delete(bundle.resolve("index.md"));
        Files.delete(bundle);
        Files.writeString(bundle, "a file where the folder was");

        robot.push(KeyCode.CONTROL, KeyCode.S);

        waitFor(() -> robot.lookup("#save-failed-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#save-failed-dialog .content").queryLabeled().getText())
                .contains("Cannot save " + bundle.resolve("index.md")).contains("Your text is still in the editor");
        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup("#save-failed-dialog").tryQuery().isEmpty());
        assertThat(tab.session().isDirty()).isTrue();
        assertThat(fx.area().getText()).endsWith("Precious.");
    }

    @Test
    void aFileThatIsNotUtf8OpensWithAWarningAndKeepsItsBytesUntilEdited(FxRobot robot) throws Exception {
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, '\n'};
        Path bundle = fx.bundle("latin1", latin1);

        robot.interact(() -> fx.window.open(bundle));
        waitFor(() -> robot.lookup("#encoding-dialog").tryQuery().isPresent());
        robot.clickOn("Keep the Bytes");
        waitFor(() -> fx.window.tabs().active() != null);
        PostTab tab = fx.window.tabs().active();

        waitFor(() -> fx.window.notifier().messages().stream().anyMatch(m -> m.contains("index.md")));
        assertThat(tab.session().origin().readProblems()).extracting(d -> d.rule()).contains("encoding");
        Path copy = temp.resolve("latin1-copy");
        fx.dialogs.saveFolder = copy;
        robot.interact(() -> fx.window.actions().get("file.save-as").run());
        waitFor(() -> Files.exists(copy.resolve("index.md")));
        assertThat(Files.readAllBytes(copy.resolve("index.md"))).isEqualTo(latin1);
    }

    @Test
    void aFolderWithoutIndexIsNotABundle(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("just-photos"));

        robot.interact(() -> fx.window.open(folder));

        waitFor(() -> robot.lookup("#failure-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#failure-dialog .content").queryLabeled().getText()).contains("holds no index.md");
        robot.clickOn("OK");
    }

    @Test
    void eachPostOpensInItsOwnTabAndReopeningSelectsIt(FxRobot robot) throws Exception {
        Path first = fx.bundle("quay-summit", POST);
        Path second = fx.bundle("harbour-days", "# Harbour\n");
        PostTab a = fx.open(robot, first);
        PostTab b = fx.open(robot, second);
        assertThat(fx.window.tabs().all()).containsExactly(a, b);
        assertThat(a.session()).isNotSameAs(b.session());
        assertThat(a.editor().area()).isNotSameAs(b.editor().area());

        fx.open(robot, first.resolve("index.md"));
        assertThat(fx.window.tabs().all()).hasSize(2);
        assertThat(fx.window.tabs().active()).isSameAs(a);
    }

    @Test
    void newPostAsksForAFolderOnFirstSave(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> fx.window.tabs().active() != null);
        PostTab tab = fx.window.tabs().active();
        assertThat(tab.tab().getText()).isEqualTo("Untitled");
        fx.typeAtEnd(robot, "Hello.");

        Path dir = temp.resolve("new-bundle");
        fx.dialogs.saveFolder = dir;
        robot.push(KeyCode.CONTROL, KeyCode.S);

        waitFor(() -> Files.exists(dir.resolve("index.md")));
        assertThat(WindowFixture.read(dir.resolve("index.md"))).startsWith("---\ntitle: \"\"").endsWith("Hello.");
        assertThat(tab.tab().getText()).isEqualTo("new-bundle");
    }

    @Test
    void openedPostsAreRememberedAsRecentMostRecentFirst(FxRobot robot) throws Exception {
        Path first = fx.bundle("quay-summit", POST);
        Path second = fx.bundle("harbour-days", "# Harbour\n");
        fx.open(robot, first);
        fx.open(robot, second);

        assertThat(fx.settings.recentFiles()).containsExactly(second.resolve("index.md"), first.resolve("index.md"));
        robot.interact(() -> {
            try {
                fx.settings.save();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(io.recapstudio.ui.common.AppSettings.load(temp.resolve("config")).recentFiles())
                .containsExactly(second.resolve("index.md"), first.resolve("index.md"));

        robot.interact(() -> List.copyOf(fx.window.tabs().all()).forEach(t -> fx.window.files().close(t)));
        waitFor(() -> fx.window.tabs().all().isEmpty());

        robot.clickOn("#menu-file").clickOn("Open Recent");
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().startsWith("quay-summit  —  ")).queryLabeled());
        waitFor(() -> fx.window.tabs().active() != null);
        assertThat(fx.window.tabs().active().session().getPath()).isEqualTo(first.resolve("index.md"));
    }

    @Test
    void droppedBundleFoldersAndMarkdownFilesOpen(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("quay-summit", POST);
        Path loose = Files.writeString(temp.resolve("notes.md"), "# Notes\n");
        Path image = Files.write(temp.resolve("photo.jpg"), new byte[] {1});

        robot.interact(() -> fx.window.files().openDropped(List.of(bundle.toFile(), loose.toFile(), image.toFile())));

        waitFor(() -> fx.window.tabs().all().size() == 2);
        assertThat(fx.window.tabs().all().stream().map(t -> t.session().getDisplayName()))
                .containsExactlyInAnyOrder("quay-summit", "notes.md");
        assertThat(fx.window.notifier().messages()).anyMatch(m -> m.contains("photo.jpg"));
    }
}
