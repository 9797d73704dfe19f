package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document {@code recap render} writes: every image embedded once, whatever the post shows how often. */
class StandaloneDocumentTest {

    @TempDir
    Path bundle;

    private String document(String body) {
        RenderOptions options = RenderOptions.standalone();
        RenderResult result = TestRenderers.preview().render(new RenderInput(body, bundle, 1, options));
        return StandaloneDocument.of("Doc", result, options);
    }

    private static int count(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void anImageShownManyTimesIsEmbeddedOnceAndEveryUseRefersToIt() throws IOException {
        Files.writeString(bundle.resolve("index.md"), "x");
        ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB), "jpg", bundle.resolve("stage.jpg")
                .toFile());
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", bundle.resolve("dot.png")
                .toFile());
        String call = "{{< imgproc stage Resize \"100x\" >}}\nOn stage.\n{{< /imgproc >}}\n\n";
        String html = document(call.repeat(30) + "![Dot](dot.png) and ![Dot again](dot.png)\n");

        assertThat(count(html, "data-rs-image=\"i1\"")).isEqualTo(31); // 30 uses and the style rule
        assertThat(count(html, "data-rs-image=\"i2\"")).isEqualTo(3);
        assertThat(count(html, "data:image/jpeg;base64,")).isEqualTo(1);
        assertThat(count(html, "data:image/png;base64,")).isEqualTo(1);
        assertThat(html).doesNotContain("file:");
    }

    @Test
    void onlyTheFilesThePipelineShowedAreEmbeddedNeverOtherFileUrlsInThePost() throws IOException {
        Path secret = Files.writeString(bundle.resolveSibling(bundle.getFileName() + "-secret.txt"), "secret");
        String url = secret.toUri().toString();
        String html = document("<img src=\"" + url + "\">\n");
        assertThat(html).doesNotContain("data-rs-image").doesNotContain("c2VjcmV0"); // base64 of "secret"
    }
}
