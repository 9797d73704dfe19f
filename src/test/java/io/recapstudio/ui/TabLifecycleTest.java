package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.session.EditorSession;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A closed tab leaves nothing behind: every listener a tab adds to what outlives it (the window's preferences and
 * layout, the docks, the scene, the active-session property) goes when the tab closes, so its session, editor,
 * preview and panels can be collected.
 */
@ExtendWith(ApplicationExtension.class)
class TabLifecycleTest {

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, new CoreChecks());
    }

    @Test
    void fiftyTabsOpenedAndClosedAreAllCollected(FxRobot robot) throws Exception {
        List<WeakReference<EditorSession>> sessions = new ArrayList<>();
        robot.interact(() -> {
            fx.window.actions().get("view.dock.front-matter").selectedProperty().set(true);
            fx.window.actions().get("view.dock.shortcodes").selectedProperty().set(true);
            fx.window.actions().get("view.dock.media").selectedProperty().set(true);
        });
        for (int i = 0; i < 50; i++) {
            Path bundle = fx.bundle("post-" + i, "---\ntitle: Post " + i + "\n---\n\nSome *text* " + i + ".\n");
            PostTab tab = fx.open(robot, bundle);
            sessions.add(new WeakReference<>(tab.session()));
            // what a user does in a tab: the preview renders, the checks run, the zoom changes (a window-wide
            // preference every editor listens to)
            waitFor(() -> tab.session().getSite() != null);
            robot.interact(() -> fx.window.actions().get("view.zoom-in").run());
            robot.interact(() -> fx.window.files().close(tab));
            waitFor(() -> fx.window.tabs().all().isEmpty());
        }
        robot.interact(() -> fx.window.actions().get("view.zoom-reset").run());
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                System.gc();
                return sessions.stream().allMatch(ref -> ref.get() == null);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            if (Boolean.getBoolean("leak.dump")) {
                java.lang.management.ManagementFactory.getPlatformMXBean(
                        com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap("target/leak.hprof", true);
            }
        }
        assertThat(sessions).allMatch(ref -> ref.get() == null);
    }
}
