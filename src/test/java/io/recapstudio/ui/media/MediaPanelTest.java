package io.recapstudio.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.image.ImageInfo;
import io.recapstudio.ui.WindowFixtureAccess;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The media panel and the crop dialog in the real window. */
@ExtendWith(ApplicationExtension.class)
class MediaPanelTest {

    private static final String POST = "---\ntitle: Media\n---\n\n{{< imgproc stage Resize 600x >}}\nOn stage.\n"
            + "{{< /imgproc >}}\n\n![Booth](booth.png)\n";

    @TempDir
    Path temp;

    private WindowFixtureAccess.Window fx;
    private Path bundle;

    @Start
    void start(Stage stage) {
        fx = WindowFixtureAccess.start(temp, stage);
    }

    private static void image(Path file, int w, int h) throws Exception {
        Files.createDirectories(file.getParent());
        String name = file.getFileName().toString().toLowerCase();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), name.endsWith("png") ? "png" : "jpg",
                file.toFile());
    }

    private MediaPanel open(FxRobot robot) throws Exception {
        bundle = fx.bundle("media", POST);
        image(bundle.resolve("stage.jpg"), 900, 600);
        image(bundle.resolve("booth.png"), 320, 240);
        image(bundle.resolve("photos/spare.jpg"), 64, 48);
        fx.open(robot, bundle);
        robot.interact(() -> fx.window().actions().get("view.dock.media").selectedProperty().set(true));
        WindowFixtureAccess.waitFor(() -> robot.lookup("#media-panel").queryAll().stream()
                .anyMatch(n -> n.getProperties().get(MediaPanel.class) != null));
        return robot.lookup("#media-panel").queryAll().stream().map(n -> (MediaPanel) n.getProperties()
                .get(MediaPanel.class)).filter(Objects::nonNull).findFirst().orElseThrow();
    }

    private static MediaItem item(MediaPanel panel, String name) {
        return panel.list.getItems().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsTheBundlesImagesWithSizeUsesAndUnused(FxRobot robot) throws Exception {
        MediaPanel panel = open(robot);
        WindowFixtureAccess.waitFor(() -> panel.list.getItems().size() == 3);

        assertThat(item(panel, "stage.jpg").details()).startsWith("900 × 600").contains("used by imgproc (line 5)");
        assertThat(item(panel, "booth.png").details()).contains("used by link (line 9)");
        assertThat(item(panel, "photos/spare.jpg").details()).contains("unused");
    }

    @Test
    void importingShowsProgressAndCopiesWithSafeNames(FxRobot robot) throws Exception {
        MediaPanel panel = open(robot);
        List<Path> photos = List.of(temp.resolve("in/IMG 0001.JPG"), temp.resolve("in/IMG 0002.JPG"),
                temp.resolve("in/Day Two.jpeg"));
        for (Path p : photos) {
            image(p, 1600, 1200);
        }

        robot.interact(() -> {
            panel.maxWidth.setText("800");
            panel.importFiles(photos);
        });
        WindowFixtureAccess.waitFor(() -> panel.status.getText().startsWith("Imported 3 image(s)"));

        assertThat(bundle.resolve("img-0001.jpg")).exists();
        assertThat(bundle.resolve("img-0002.jpg")).exists();
        assertThat(bundle.resolve("day-two.jpeg")).exists();
        assertThat(ImageInfo.read(bundle.resolve("img-0001.jpg")).width()).isEqualTo(800);
        assertThat(panel.progress.isVisible()).isFalse();
        WindowFixtureAccess.waitFor(() -> panel.list.getItems().size() == 6);
    }

    @Test
    void renamingAnImageUpdatesThePostInOneUndoStep(FxRobot robot) throws Exception {
        MediaPanel panel = open(robot);
        WindowFixtureAccess.waitFor(() -> panel.list.getItems().size() == 3);

        robot.interact(() -> panel.rename(item(panel, "stage.jpg"), "Main Stage"));

        WindowFixtureAccess.waitFor(() -> fx.area().getText().contains("imgproc main-stage Resize"));
        assertThat(bundle.resolve("main-stage.jpg")).exists();
        assertThat(fx.area().getText()).isEqualTo(POST.replace("imgproc stage", "imgproc main-stage"));
        robot.interact(() -> fx.window().actions().get("edit.undo").run());
        WindowFixtureAccess.waitFor(() -> fx.area().getText().equals(POST));
    }

    @Test
    void theCropDialogSavesTheRectangleAtItsSizeAndShowsHugosOutput(FxRobot robot) throws Exception {
        open(robot);
        CropDialog[] dialog = new CropDialog[1];
        List<String> inserted = new java.util.ArrayList<>();
        robot.interact(() -> {
            dialog[0] = new CropDialog(fx.window().services().window(), bundle.resolve("stage.jpg"),
                    fx.window().notifier(), inserted::add);
            dialog[0].show();
            dialog[0].preset.setValue(io.recapstudio.core.image.AspectPreset.SIXTEEN_NINE);
        });
        CropDialog crop = dialog[0];
        // The preset's label, not SIXTEEN_NINE.
        assertThat(crop.preset.getConverter().toString(crop.preset.getValue())).isEqualTo("16:9");
        assertThat(crop.model.rectProperty().get().width() * 9).isEqualTo(crop.model.rectProperty().get().height() * 16);

        robot.interact(() -> {
            crop.preset.setValue(io.recapstudio.core.image.AspectPreset.FREE);
            crop.x.setText("100");
            crop.y.setText("50");
            crop.w.setText("400");
            crop.h.setText("300");
            crop.x.fireEvent(new javafx.event.ActionEvent());
            crop.width.setText("200");
            crop.width.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(crop.output.getText()).isEqualTo("Output 200 × 150 px");
        robot.interact(() -> crop.saveNew.fire());
        WindowFixtureAccess.waitFor(() -> crop.lastWritten().isPresent());
        Path written = crop.lastWritten().orElseThrow();
        assertThat(written.getFileName().toString()).isEqualTo("stage-crop.jpg");
        assertThat(ImageInfo.read(written).size()).isEqualTo(new io.recapstudio.core.image.Size(200, 150));
        assertThat(ImageInfo.read(bundle.resolve("stage.jpg")).width()).isEqualTo(900);

        robot.interact(() -> {
            crop.command.setValue("Fill");
            crop.options.setText("300x200 Center");
        });
        assertThat(crop.hugoOutput.getText()).isEqualTo("Hugo writes 300 × 200 px");
        robot.interact(() -> crop.insert.fire());
        assertThat(inserted).containsExactly("{{< imgproc stage Fill \"300x200 Center\" >}}\n\n{{< /imgproc >}}");
        robot.interact(() -> crop.stage().close());
    }
}
