package io.recapstudio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.Post;
import io.recapstudio.ui.WindowFixtureAccess;
import io.recapstudio.ui.common.AppSettings;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path temp;

    private Stage owner;
    private ExportDialog opened;

    @org.junit.jupiter.api.AfterEach
    void closeDialog(FxRobot robot) {
        if (opened != null) {
            robot.interact(() -> opened.stage().close());
        }
    }

    @Start
    void start(Stage stage) {
        owner = stage;
        // A window-modal dialog disables its owner, which Monocle can do only for a window with a scene.
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    private Path site() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "title = 'Site'\n");
        for (String name : new String[] {"2025-03-01-kubecon-eu", "2025-11-12-kubecon-na"}) {
            Path b = Files.createDirectories(site.resolve("content/blog").resolve(name));
            Files.writeString(b.resolve("index.md"), "---\ntitle: " + name + "\n---\n");
        }
        return site;
    }

    private Path bundle(String body) throws IOException {
        Path bundle = Files.createDirectories(temp.resolve("work/recap"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Harbor Bay Day\"\ndate: 2026-10-14\n---\n\n"
                + body);
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "jpg",
                bundle.resolve("stage.jpg").toFile());
        return bundle;
    }

    private ExportDialog open(FxRobot robot, Path bundle, String editedText, RecordingNotifier notifier,
                              AppSettings settings) throws IOException {
        Post post = Post.read(bundle.resolve("index.md"));
        ExportModel model = new ExportModel(bundle.resolve("index.md"),
                editedText == null ? post : post.withText(editedText));
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(owner, model, settings, notifier);
            dialog[0].show();
        });
        opened = dialog[0];
        return dialog[0];
    }

    @Test
    void exportsIntoTheSectionWithTheSitesFolderPatternAndRemembersTheSite(FxRobot robot) throws Exception {
        Path site = site();
        Path bundle = bundle("{{< imgproc stage Resize \"30x\" >}}\nOn stage.\n{{< /imgproc >}}\n");
        RecordingNotifier notifier = new RecordingNotifier();
        AppSettings settings = AppSettings.load(temp.resolve("config"));
        ExportDialog dialog = open(robot, bundle, null, notifier, settings);

        robot.interact(() -> dialog.useSite(site));
        WindowFixtureAccess.waitFor(() -> !dialog.exportButton.isDisabled());

        assertThat(dialog.sectionField.getValue()).isEqualTo("blog");
        assertThat(dialog.folderField.getText()).isEqualTo("2026-10-14-harbor-bay-day");
        assertThat(dialog.planText.getText()).contains("+ index.md").contains("+ stage.jpg");
        assertThat(dialog.checksSummary.getText()).isEqualTo("Checks: no problems");

        robot.clickOn("#export-run");
        Path exported = site.resolve("content/blog/2026-10-14-harbor-bay-day");
        WindowFixtureAccess.waitFor(() -> notifier.messages.stream().anyMatch(m -> m.startsWith("info: Exported")));

        assertThat(Files.readAllBytes(exported.resolve("index.md")))
                .isEqualTo(Files.readAllBytes(bundle.resolve("index.md")));
        assertThat(exported.resolve("stage.jpg")).exists();
        assertThat(ExportModel.recentSites(settings.get(ExportModel.RECENT_SITES_KEY, "")))
                .containsExactly(site.toAbsolutePath().normalize());
        WindowFixtureAccess.waitFor(() -> dialog.planText.getText().contains("(exists: will be replaced)"));
        assertThat(dialog.exportButton.isDisabled()).isTrue();
        assertThat(dialog.status.getText()).contains("already exists");
    }

    @Test
    void errorsBlockTheExportUntilForcedAndTheEditedTextIsWhatGetsWritten(FxRobot robot) throws Exception {
        Path site = site();
        Path bundle = bundle("Intro.\n");
        String edited = "---\ntitle: \"Harbor Bay Day\"\ndate: 2026-10-14\n---\n\n"
                + "{{< imgproc missing Resize \"30x\" >}}\nx\n{{< /imgproc >}}\n";
        RecordingNotifier notifier = new RecordingNotifier();
        ExportDialog dialog = open(robot, bundle, edited, notifier, AppSettings.load(temp.resolve("config")));

        robot.interact(() -> dialog.useSite(site));
        WindowFixtureAccess.waitFor(() -> dialog.checks.getItems().stream().anyMatch(l -> l.contains("imgproc-no-match")));
        assertThat(dialog.exportButton.isDisabled()).isTrue();
        assertThat(dialog.status.getText()).contains("errors");

        robot.interact(() -> dialog.force.setSelected(true));
        WindowFixtureAccess.waitFor(() -> !dialog.exportButton.isDisabled());
        robot.interact(() -> dialog.exportButton.fire());
        WindowFixtureAccess.waitFor(() -> notifier.messages.stream().anyMatch(m -> m.startsWith("info: Exported")));

        assertThat(Files.readString(site.resolve("content/blog/2026-10-14-harbor-bay-day/index.md")))
                .isEqualTo(edited);
    }
}
