package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor's and the preview's context menus, opened with the mouse as the user would. */
@ExtendWith(ApplicationExtension.class)
class ContextMenusTest {

    private static final String POST = """
            ---
            title: "Flux at KubeCon"
            ---

            The team covered what\u00e2\u20ac\u2122s coming next.

            A second paragraph about the booth.
            """;

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, new CoreChecks());
    }

    @Test
    void aRightClickOnTheMojibakeOffersItsFixBesideCutCopyAndPaste(FxRobot robot) throws Exception {
        fx.open(robot, fx.bundle("flux", POST));
        waitFor(() -> fx.window.tabs().active().session().getDiagnostics().stream()
                .anyMatch(d -> d.rule().equals("mojibake")));
        int at = POST.indexOf("what\u00e2") + 5;
        AtomicReference<Bounds> where = new AtomicReference<>();
        robot.interact(() -> where.set(fx.area().getCharacterBoundsOnScreen(at, at + 1).orElseThrow()));

        rightClick(robot, fx.area(), new Point2D(where.get().getCenterX(), where.get().getCenterY()));

        waitFor(() -> showing("editor-context-menu") != null);
        List<MenuItem> items = showing("editor-context-menu").getItems();
        assertThat(items).extracting(MenuItem::getText).contains("Cut", "Copy", "Paste", "Select All");
        MenuItem fix = items.stream().filter(i -> i.getText() != null && i.getText().startsWith("Fix: "))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            fix.fire();
            showing("editor-context-menu").hide();
        });
        assertThat(fx.area().getText()).contains("what\u2019s coming");
    }

    @Test
    void copyInTheEditorsMenuCopiesTheSelection(FxRobot robot) throws Exception {
        fx.open(robot, fx.bundle("flux", POST));
        int from = POST.indexOf("second paragraph");
        robot.interact(() -> fx.area().selectRange(from, from + "second paragraph".length()));
        AtomicReference<Bounds> where = new AtomicReference<>();
        robot.interact(() -> where.set(fx.area().getCharacterBoundsOnScreen(from + 2, from + 3).orElseThrow()));

        rightClick(robot, fx.area(), new Point2D(where.get().getCenterX(), where.get().getCenterY()));

        waitFor(() -> showing("editor-context-menu") != null);
        MenuItem copy = showing("editor-context-menu").getItems().stream()
                .filter(i -> "Copy".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            copy.fire();
            showing("editor-context-menu").hide();
        });
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo("second paragraph");
    }

    @Test
    void goToSourceInThePreviewsMenuPutsTheCaretOnTheBlocksLine(FxRobot robot) throws Exception {
        fx.open(robot, fx.bundle("flux", POST));
        WebView web = robot.lookup("#preview").queryAs(WebView.class);
        String second = "Array.from(document.querySelectorAll('#content p'))"
                + ".filter(function (p) { return p.textContent.indexOf('booth') >= 0; })[0]";
        waitFor(() -> Boolean.TRUE.equals(js(robot, web, "!!" + second)));
        double x = ((Number) js(robot, web, second + ".getBoundingClientRect().left + 10")).doubleValue();
        double y = ((Number) js(robot, web, second + ".getBoundingClientRect().top + 5")).doubleValue();
        AtomicReference<Point2D> onScreen = new AtomicReference<>();
        robot.interact(() -> onScreen.set(web.localToScreen(x, y)));

        rightClick(robot, web, onScreen.get());

        waitFor(() -> showing("preview-context-menu") != null);
        MenuItem source = showing("preview-context-menu").getItems().stream()
                .filter(i -> "preview-ctx-source".equals(i.getId())).findFirst().orElseThrow();
        assertThat(source.getText()).isEqualTo("Go to Source (line 7)");
        assertThat(source.isDisable()).isFalse();
        robot.interact(() -> {
            source.fire();
            showing("preview-context-menu").hide();
        });
        waitFor(() -> fx.window.tabs().active().session().caretLineProperty().get() == 7);
    }

    /**
     * A right click at {@code screen}, then the context-menu request the desktop sends with it (Monocle, the headless
     * platform, sends none of its own).
     */
    private static void rightClick(FxRobot robot, Node target, Point2D screen) {
        robot.rightClickOn(screen);
        robot.interact(() -> {
            Point2D scene = target.localToScene(target.screenToLocal(screen));
            Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(),
                    scene.getY(), screen.getX(), screen.getY(), false, new PickResult(target, scene.getX(),
                    scene.getY())));
        });
    }

    private static Object js(FxRobot robot, WebView web, String script) {
        AtomicReference<Object> out = new AtomicReference<>();
        robot.interact(() -> out.set(web.getEngine().executeScript(script)));
        return out.get();
    }

    private static ContextMenu showing(String id) {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && c.isShowing()
                && id.equals(c.getId())).map(ContextMenu.class::cast).findFirst().orElse(null);
    }
}
