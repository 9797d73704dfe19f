package io.recapstudio.ui.preview;

import static io.recapstudio.ui.preview.PreviewTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.RenderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sample recap plus every other shortcode kind (errors, unknown, remote content) in the preview, written as
 * PNG snapshots to {@code target/preview-snapshots/} for a person to look at; asserts only that they were made.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewSnapshotTest {

    static final String EXTRA = String.join("\n",
            "",
            "## Everything else the preview knows",
            "",
            "{{< alert title=\"Heads up\" color=\"warning\" >}}",
            "The **workshop** room moved to hall B.",
            "{{< /alert >}}",
            "",
            "{{< tip >}}Bring a charger.{{< /tip >}}",
            "",
            "{{< info >}}Doors open at nine.{{< /info >}}",
            "",
            "{{< blocks/cover title=\"Harbor Bay\" image_anchor=\"top\" >}}",
            "A site shortcode with *Markdown* inside.",
            "{{< /blocks/cover >}}",
            "",
            "{{< imgproc no-such-photo Resize 600x >}}",
            "{{< /imgproc >}}",
            "",
            "![A remote photo](https://photos.example/remote.jpg)",
            "",
            "Escaped: {{</* tweet user=x id=1 */>}}",
            "");

    private PreviewPane pane;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        pane = new PreviewPane();
        stage.setScene(new Scene(pane, 900, 1100));
        stage.show();
    }

    @Test
    void snapshotsOfTheSampleRecapAreWritten() throws Exception {
        PreviewTestSupport page = new PreviewTestSupport(pane);
        page.waitUntilReady();
        Path sample = Path.of(System.getProperty("recap.assets", "assets"), "sample-recap").toAbsolutePath();
        String text = Files.readString(sample.resolve("index.md")) + EXTRA;
        RenderResult result = PreviewTestSupport.render(text, sample, 1);
        page.show(result);
        page.waitForImages();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(10);
        Path out = Files.createDirectories(Path.of("target/preview-snapshots"));
        int height = page.jsInt("document.documentElement.scrollHeight");
        int shots = 0;
        for (int y = 0; y < height && shots < 14; y += 1050, shots++) {
            int scrollTo = y;
            page.js("window.scrollTo(0, " + scrollTo + "); 1");
            page.waitFor(() -> page.jsInt("window.pageYOffset") >= Math.min(scrollTo,
                    height - page.jsInt("window.innerHeight")));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(10);
            WritableImage image = onFx(() -> stage.getScene().snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                    out.resolve(String.format("preview-%02d.png", shots)).toFile());
        }
        assertThat(shots).isGreaterThan(2);
        assertThat(Files.size(out.resolve("preview-00.png"))).isGreaterThan(10_000);
    }
}
