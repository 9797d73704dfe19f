package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.logging.RotatingLogHandler;
import io.recapstudio.core.logging.UncaughtErrors;
import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A feature that throws on the FX thread: the failure is logged, the user told, and the window goes on working. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsWindowTest {

    @TempDir
    Path temp;

    private WindowFixture fx;
    private RotatingLogHandler log;
    private Thread.UncaughtExceptionHandler previous;
    private Thread fxThread;

    @Start
    void start(Stage stage) throws Exception {
        fx = new WindowFixture(temp);
        fx.start(stage, DiagnosticsProvider.NONE);
        log = new RotatingLogHandler(temp.resolve("state/logs/recap-studio.log"), 1024 * 1024, 2);
        Logger.getLogger("io.recapstudio").addHandler(log);
        UncaughtErrors errors = new UncaughtErrors(log.file());
        App.tellUserThrough(errors, fx.window);
        fxThread = Thread.currentThread();
        previous = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler(errors);
    }

    @AfterEach
    void restore() {
        fxThread.setUncaughtExceptionHandler(previous);
        Logger.getLogger("io.recapstudio").removeHandler(log);
        log.close();
    }

    @Test
    void anExceptionInAnEventHandlerIsLoggedToldAndTheEditorStillTypes(FxRobot robot) throws Exception {
        PostTab tab = fx.open(robot, fx.bundle("quay-summit", "# Quay\n"));
        robot.interact(() -> fx.area().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F9) {
                throw new IllegalStateException("a feature broke");
            }
        }));

        robot.clickOn(fx.area()).push(KeyCode.F9);

        waitFor(() -> fx.window.notifier().messages().stream().anyMatch(m -> m.startsWith("Something went wrong")));
        assertThat(fx.window.notifier().messages()).anyMatch(m -> m.contains("a feature broke")
                && m.contains("Your text is safe") && m.contains(log.file().toString()));
        assertThat(Files.readString(log.file())).contains("Uncaught exception in thread JavaFX Application Thread")
                .contains("java.lang.IllegalStateException: a feature broke");

        robot.interact(() -> fx.area().moveTo(fx.area().getLength()));
        robot.write("Still alive.");
        waitFor(() -> fx.area().getText().endsWith("Still alive."));
        assertThat(tab.session().isDirty()).isTrue();
        assertThat(fx.area().getScene().getWindow().isShowing()).isTrue();
    }
}
