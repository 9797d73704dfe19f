package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
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

    @Test
    void aLastSessionPostClosedAndOpenedAgainStartsAtItsTopNotAtTheRestoredCaret(FxRobot robot) throws Exception {
        Path post = fx.bundle("only", "---\ntitle: Only\n---\n\nA post long enough for a caret at forty.\n");
        PostTab tab = fx.open(robot, post);
        robot.interact(() -> tab.editor().area().moveTo(40));
        robot.interact(() -> fx.window.actions().get("file.quit").run());

        WindowFixture again = new WindowFixture(temp);
        robot.interact(() -> {
            again.start(new Stage(), DiagnosticsProvider.NONE);
            again.window.openInitial(List.of());
        });
        waitFor(() -> again.window.tabs().active() != null);
        AtomicReference<Integer> caret = new AtomicReference<>();
        robot.interact(() -> caret.set(again.window.tabs().active().editor().area().getCaretPosition()));
        assertThat(caret.get()).isEqualTo(40);

        robot.interact(() -> again.window.tabs().remove(again.window.tabs().active()));
        waitFor(() -> again.window.tabs().all().isEmpty());
        robot.interact(() -> again.window.open(post));
        waitFor(() -> again.window.tabs().active() != null);
        robot.interact(() -> caret.set(again.window.tabs().active().editor().area().getCaretPosition()));
        assertThat(caret.get()).isZero();
    }

    @Test
    void aWindowPlaceOffEveryScreenIsNotRestored() {
        List<Rectangle2D> screens = List.of(new Rectangle2D(0, 0, 1920, 1040));
        assertThat(SessionRestore.reachable(100, 50, 1440, screens)).isTrue();
        assertThat(SessionRestore.reachable(-1300, 50, 1440, screens)).as("140 px still on screen").isTrue();
        assertThat(SessionRestore.reachable(2500, 50, 1440, screens)).as("a monitor unplugged").isFalse();
        assertThat(SessionRestore.reachable(100, 1030, 1440, screens)).as("title bar below the screen").isFalse();
        assertThat(SessionRestore.reachable(100, -200, 1440, screens)).as("title bar above the screen").isFalse();
        assertThat(SessionRestore.reachable(2500, 50, 1440, List.of(screens.get(0),
                new Rectangle2D(1920, 0, 2560, 1440)))).as("on the second monitor").isTrue();
    }
}
