package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View ▸ Theme: the dark theme darkens the editor's and the preview page's backgrounds; Light brings them back. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, DiagnosticsProvider.NONE);
    }

    @Test
    void switchingToDarkDarkensTheEditorAndLightBringsItBack(FxRobot robot) throws Exception {
        fx.open(robot, fx.bundle("post", "---\ntitle: A\n---\n\nSome text.\n"));
        robot.interact(() -> fx.window.theme().choiceProperty().set(Theme.Choice.LIGHT));
        waitFor(() -> brightness(robot) > 0.8);

        robot.interact(() -> fx.window.theme().choiceProperty().set(Theme.Choice.DARK));
        waitFor(() -> brightness(robot) < 0.3);
        assertThat(fx.window.stage().getScene().getRoot().getStyleClass()).contains(Theme.DARK_CLASS);
        waitFor(() -> "rgb(13, 17, 23)".equals(previewBackground(robot)));

        robot.interact(() -> fx.window.theme().choiceProperty().set(Theme.Choice.LIGHT));
        waitFor(() -> brightness(robot) > 0.8);
        assertThat(fx.window.stage().getScene().getRoot().getStyleClass()).doesNotContain(Theme.DARK_CLASS);
        waitFor(() -> "rgb(255, 255, 255)".equals(previewBackground(robot)));
    }

    @Test
    void theDarkThemeRecoloursTheTermChipsTheCodeBlocksAndTheCalloutsThatUsedToStayLight(FxRobot robot)
            throws Exception {
        fx.open(robot, fx.bundle("post", "---\ntitle: A\ntags: [kubecon]\n---\n\nText.\n\n```\ncode\n```\n\n"
                + "{{< alert title=\"Note\" >}}Careful.{{< /alert >}}\n"));
        robot.interact(() -> fx.window.actions().get("view.dock.front-matter").selectedProperty().set(true));
        waitFor(() -> robot.lookup(".chip").tryQuery().isPresent());
        robot.interact(() -> fx.window.theme().choiceProperty().set(Theme.Choice.LIGHT));
        waitFor(() -> chipFill(robot) != null);
        Color light = chipFill(robot);
        waitFor(() -> "rgb(248, 249, 250)".equals(previewStyle(robot, "pre", "backgroundColor")));
        assertThat(previewStyle(robot, ".alert", "backgroundColor")).isEqualTo("rgb(248, 249, 250)");

        robot.interact(() -> fx.window.theme().choiceProperty().set(Theme.Choice.DARK));
        // The chip's paint was a fixed light blue over the theme's in both themes; now it is the theme's own.
        waitFor(() -> chipFill(robot) != null && !chipFill(robot).equals(light));
        waitFor(() -> "rgb(22, 27, 34)".equals(previewStyle(robot, "pre", "backgroundColor")));
        assertThat(previewStyle(robot, ".alert", "backgroundColor")).isEqualTo("rgb(22, 27, 34)");
    }

    /** The top background paint of the first term chip of the front-matter form. */
    private static Color chipFill(FxRobot robot) {
        AtomicReference<Color> value = new AtomicReference<>();
        robot.interact(() -> robot.lookup(".chip").tryQuery().ifPresent(node -> {
            var background = ((javafx.scene.layout.Region) node).getBackground();
            if (background != null && !background.getFills().isEmpty()) {
                Paint fill = background.getFills().get(background.getFills().size() - 1).getFill();
                if (fill instanceof Color color) {
                    value.set(color);
                }
            }
        }));
        return value.get();
    }

    /** A computed style property of the first element {@code selector} matches in the preview page, or "none". */
    private static String previewStyle(FxRobot robot, String selector, String property) {
        AtomicReference<Object> value = new AtomicReference<>();
        WebView web = robot.lookup("#preview").queryAs(WebView.class);
        robot.interact(() -> value.set(web.getEngine().executeScript("(function(){var e=document.querySelector('"
                + selector + "');return e?getComputedStyle(e)." + property + ":'none';})()")));
        return String.valueOf(value.get());
    }

    /** The preview page's computed body background, read from the WebView. */
    private static String previewBackground(FxRobot robot) {
        AtomicReference<Object> value = new AtomicReference<>();
        WebView web = robot.lookup("#preview").queryAs(WebView.class);
        robot.interact(() -> value.set(web.getEngine().executeScript(
                "getComputedStyle(document.body).backgroundColor")));
        return String.valueOf(value.get());
    }

    private double brightness(FxRobot robot) {
        AtomicReference<Double> value = new AtomicReference<>(-1.0);
        robot.interact(() -> {
            var background = fx.area().getBackground();
            if (background != null && !background.getFills().isEmpty()) {
                Paint fill = background.getFills().get(0).getFill();
                if (fill instanceof Color color) {
                    value.set(color.getBrightness());
                }
            }
        });
        return value.get();
    }
}
