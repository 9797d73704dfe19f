package io.recapstudio.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.WindowFixtureAccess;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The crop dialog can be left without saving: Cancel, or Escape wherever the focus is. */
@ExtendWith(ApplicationExtension.class)
class CropDialogCloseTest {

    @TempDir
    Path temp;

    private WindowFixtureAccess.Window fx;
    private Path image;

    @Start
    void start(Stage stage) throws Exception {
        fx = WindowFixtureAccess.start(temp, stage);
        image = temp.resolve("stage.jpg");
        ImageIO.write(new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB), "jpg", image.toFile());
    }

    private CropDialog show(FxRobot robot) throws Exception {
        CropDialog[] dialog = new CropDialog[1];
        robot.interact(() -> {
            dialog[0] = new CropDialog(fx.window().services().window(), image, fx.window().notifier(), c -> { });
            dialog[0].show();
        });
        WindowFixtureAccess.waitFor(() -> dialog[0].stage().isShowing());
        return dialog[0];
    }

    @Test
    void cancelClosesTheDialogAndWritesNothing(FxRobot robot) throws Exception {
        CropDialog crop = show(robot);

        robot.clickOn("#crop-cancel");

        WindowFixtureAccess.waitFor(() -> !crop.stage().isShowing());
        assertThat(crop.lastWritten()).isEmpty();
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("stage-crop.jpg");
        }
    }

    @Test
    void escapeClosesTheDialogEvenFromAField(FxRobot robot) throws Exception {
        CropDialog crop = show(robot);
        robot.clickOn("#crop-w");

        robot.push(KeyCode.ESCAPE);

        WindowFixtureAccess.waitFor(() -> !crop.stage().isShowing());
        assertThat(crop.lastWritten()).isEmpty();
    }

    @Test
    void escapeOnTheImageClosesItToo(FxRobot robot) throws Exception {
        CropDialog crop = show(robot);
        robot.interact(() -> crop.stage().getScene().getRoot().requestFocus());

        robot.push(KeyCode.ESCAPE);

        WindowFixtureAccess.waitFor(() -> !crop.stage().isShowing());
    }
}
