package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.session.DiagnosticsProvider;
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

/** The first start opens the user's copy of the sample recap, so Save works even from a read-only install. */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, DiagnosticsProvider.NONE);
    }

    @Test
    void theSampleOpensFromTheDataFolderAndSaveWritesThereNotIntoTheInstall(FxRobot robot) throws Exception {
        Path installed = Assets.sampleRecap().orElseThrow().resolve("index.md");
        byte[] before = Files.readAllBytes(installed);
        Path copy = fx.dataDir().resolve("sample-recap/index.md").toAbsolutePath();

        robot.interact(() -> fx.window.openInitial(List.of()));
        waitFor(() -> fx.window.tabs().active() != null);
        PostTab tab = fx.window.tabs().active();
        assertThat(tab.session().getPath()).isEqualTo(copy);

        robot.interact(() -> fx.area().appendText("\nMy own notes.\n"));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !tab.session().isDirty());

        assertThat(Files.readString(copy)).endsWith("\nMy own notes.\n");
        assertThat(Files.readAllBytes(installed)).isEqualTo(before);
    }
}
