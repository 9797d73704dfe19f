package io.recapstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @Start
    void start(Stage stage) {
        new MainWindow(stage).show(null);
    }

    @Test
    void mainWindowShowsEditorAndPreview(FxRobot robot) {
        assertThat(robot.lookup("#editor").queryAs(CodeArea.class)).isNotNull();
        assertThat(robot.lookup("#preview").queryAs(WebView.class)).isNotNull();
    }
}
