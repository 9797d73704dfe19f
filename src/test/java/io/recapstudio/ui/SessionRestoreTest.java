package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The next start reopens the posts, selects the one selected at quit, puts each caret back and notes a gone post. */
@ExtendWith(ApplicationExtension.class)
class SessionRestoreTest {

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, DiagnosticsProvider.NONE);
    }

    @Test
    void theSelectedTabAndEachCaretComeBackAndAGonePostIsNoted(FxRobot robot) throws Exception {
        Path first = fx.bundle("first", "---\ntitle: First\n---\n\nThe first post's text.\n");
        Path second = fx.bundle("second", "---\ntitle: Second\n---\n\nThe second post.\n");
        Path third = fx.bundle("third", "---\ntitle: Third\n---\n\nSoon gone.\n");
        PostTab one = fx.open(robot, first);
        robot.interact(() -> one.editor().area().moveTo(30));
        fx.open(robot, second);
        fx.open(robot, third);
        robot.interact(() -> fx.window.tabs().select(one));
        robot.interact(() -> fx.window.actions().get("file.quit").run());
        Files.delete(third.resolve("index.md"));

        WindowFixture again = new WindowFixture(temp);
        robot.interact(() -> {
            again.start(new Stage(), DiagnosticsProvider.NONE);
            again.window.openInitial(List.of());
        });
        waitFor(() -> again.window.tabs().all().size() == 2 && again.window.tabs().active() != null
                && again.window.tabs().active().session().getPath().equals(first.resolve("index.md")));

        AtomicReference<Integer> caret = new AtomicReference<>();
        robot.interact(() -> caret.set(again.window.tabs().active().editor().area().getCaretPosition()));
        assertThat(caret.get()).isEqualTo(30);
        AtomicReference<List<String>> notes = new AtomicReference<>();
        robot.interact(() -> notes.set(again.window.notifier().messages()));
        assertThat(String.join("\n", notes.get())).contains("gone").contains(third.resolve("index.md").toString());
    }
}
