package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A Windows-1252 post: the app says so and asks, never converts by guessing. */
@ExtendWith(ApplicationExtension.class)
class EncodingOfferTest {

    private static final String TEXT = "---\r\ntitle: \"Caf\u00e9 Talks\"\r\n---\r\n\r\n\u201cNa\u00efve\u201d "
            + "na\u00efvet\u00e9 \u2013 \u20ac5 entry.\r\n";
    private static final byte[] CP1252 = TEXT.getBytes(Charset.forName("windows-1252"));

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, DiagnosticsProvider.NONE);
    }

    private DialogPane openAndWaitForTheQuestion(FxRobot robot, Path bundle) throws Exception {
        robot.interact(() -> fx.window.open(bundle));
        waitFor(() -> robot.lookup("#encoding-dialog").tryQuery().isPresent());
        return robot.lookup("#encoding-dialog").queryAs(DialogPane.class);
    }

    @Test
    void openingAsksShowingALineAsItReadsNowAndConverted(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("cafe", CP1252);

        DialogPane question = openAndWaitForTheQuestion(robot, bundle);

        assertThat(question.getContentText()).contains(bundle.resolve("index.md") + " is not valid UTF-8")
                .contains("Line 2 now reads:\n    title: \"Caf\uFFFD Talks\"")
                .contains("Converted from Windows-1252 it reads:\n    title: \"Caf\u00e9 Talks\"");
        robot.clickOn("Keep the Bytes");
    }

    @Test
    void convertGivesTheRightCharactersAsAnUnsavedChangeAndSaveWritesUtf8(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("cafe", CP1252);
        openAndWaitForTheQuestion(robot, bundle);

        robot.clickOn("Convert from Windows-1252");

        waitFor(() -> fx.window.tabs().active() != null && fx.window.tabs().active().session().isDirty());
        PostTab tab = fx.window.tabs().active();
        assertThat(fx.area().getText()).isEqualTo(TEXT.replace("\r\n", "\n"));
        assertThat(Files.readAllBytes(bundle.resolve("index.md"))).isEqualTo(CP1252);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !tab.session().isDirty());
        assertThat(Files.readAllBytes(bundle.resolve("index.md"))).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepLeavesEveryByteAndSaysSo(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("cafe", CP1252);
        openAndWaitForTheQuestion(robot, bundle);

        robot.clickOn("Keep the Bytes");

        waitFor(() -> fx.window.notifier().messages().stream().anyMatch(m -> m.contains("is not valid UTF-8")));
        PostTab tab = fx.window.tabs().active();
        assertThat(tab.session().isDirty()).isFalse();
        robot.interact(() -> fx.area().appendText("Added."));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !tab.session().isDirty());
        assertThat(Files.readAllBytes(bundle.resolve("index.md")))
                .isEqualTo((TEXT + "Added.").getBytes(Charset.forName("windows-1252")));
    }
}
