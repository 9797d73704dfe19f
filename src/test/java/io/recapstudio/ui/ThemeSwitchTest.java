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
