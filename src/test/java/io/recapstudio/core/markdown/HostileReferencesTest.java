package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.Diagnostic;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post from someone else tries every way to make {@code recap render} (data: URIs) and the preview (file: URLs)
 * read the files next to its bundle: a fake private key and a real image outside it. Their bytes must never appear in
 * the HTML, neither raw nor base64, while the bundle's own image still does.
 */
class HostileReferencesTest {

    private static final String KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nFAKEKEYMATERIAL0123456789\n";

    @TempDir
    Path home;

    private Path bundle;
    private byte[] privateImage;
    private byte[] ownImage;

    @BeforeEach
    void bundleWithSecretsBesideIt() throws IOException {
        bundle = Files.createDirectories(home.resolve("site/content/blog/post"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: Hostile\n---\n");
        for (Path ssh : new Path[] {home.resolve(".ssh"), bundle.resolveSibling(".ssh")}) {
            Files.createDirectories(ssh);
            Files.writeString(ssh.resolve("id_rsa"), KEY);
        }
        privateImage = png(7, 5);
        Files.write(bundle.resolveSibling("private.png"), privateImage);
        ownImage = png(4, 3);
        Files.write(bundle.resolve("photo.png"), ownImage);
        Files.createSymbolicLink(bundle.resolve("leak.png"), bundle.resolveSibling("private.png"));
        Files.createSymbolicLink(bundle.resolve("shared"), bundle.getParent());
    }

    private String hostilePost() {
        String absolute = bundle.resolveSibling("private.png").toAbsolutePath().toString();
        return "---\ntitle: Hostile\n---\n\n"
                + "![key](../.ssh/id_rsa)\n\n"
                + "![deep](../../../../../../../../../../.ssh/id_rsa)\n\n"
                + "![environ](../../../../../../../../proc/self/environ)\n\n"
                + "![encoded](%2e%2e/private.png) ![encoded](..%2Fprivate.png) ![upper](%2E%2E%2Fprivate.png)\n\n"
                + "![windows](..\\private.png) ![windows](..%5Cprivate.png)\n\n"
                + "![absolute](" + absolute + ") ![home](~/.ssh/id_rsa) ![file](file://" + absolute + ")\n\n"
                + "![link](leak.png) ![linked folder](shared/private.png)\n\n"
                + "[ref]: ../private.png\n\n![by reference][ref]\n\n"
                + "<img src=\"../private.png\"> <img src=\"&#46;&#46;/private.png\">"
                + " <img src=\"..&#x2F;private.png\">\n\n"
                + "<img srcset=\"../private.png 1x, photo.png 2x\">"
                + " <img src=\"photo.png\" srcset=\"x 1x, ../private.png 2x\">\n\n"
                + "<picture><source srcset=\"../private.png\"><img src=\"../.ssh/id_rsa\"></picture>\n\n"
                + "{{< figure src=\"../private.png\" caption=\"out\" >}}\n\n"
                + "{{< imgproc ../private Resize \"100x\" >}}caption{{< /imgproc >}}\n\n"
                + "{{< gallery match=\"../*\" >}}\n\n{{< gallery >}}\n\n"
                + "![mine](photo.png)\n";
    }

    @Test
    void recapRenderEmbedsNothingFromOutsideTheBundle() {
        RenderOptions options = RenderOptions.standalone();
        RenderResult result = render(options);
        String html = result.html();
        String document = StandaloneDocument.of("Hostile", result, options);
        assertSecretsAbsent(html);
        assertSecretsAbsent(document);
        assertThat(document).as("the bundle's own image is embedded, once")
                .contains("data:image/png;base64," + Base64.getEncoder().encodeToString(ownImage));
        assertThat(html).contains("image outside the bundle, not read: ../.ssh/id_rsa");
        assertThat(result.diagnostics()).extracting(Diagnostic::rule).contains("path-outside-bundle");
        assertThat(html.split("rs-gallery-item", -1)).as("the gallery shows only the bundle's own image").hasSize(2);
    }

    @Test
    void thePreviewLinksNoFileOutsideTheBundle() throws IOException {
        String html = render(RenderOptions.preview()).html();
        assertSecretsAbsent(html);
        String inBundle = ResourceUrls.fileUrl(bundle.toRealPath()) + "/";
        String cache = ResourceUrls.fileUrl(TestRenderers.IMAGE_CACHE) + "/";
        assertThat(Jsoup.parseBodyFragment(html).select("[src]").eachAttr("src"))
                .isNotEmpty().allMatch(src -> src.startsWith(inBundle) || src.startsWith(cache), "a bundle file")
                .contains(inBundle + "photo.png");
    }

    @Test
    void everyRefusedImageIsReportedAtItsBlock() {
        RenderResult result = render(RenderOptions.standalone());
        assertThat(result.diagnostics().stream().filter(d -> d.rule().equals("path-outside-bundle"))
                .map(Diagnostic::line)).contains(5, 7, 9, 11, 13, 15, 17, 21, 23, 25, 27, 29);
    }

    private RenderResult render(RenderOptions options) {
        return TestRenderers.preview().render(new RenderInput(hostilePost(), bundle, 1, options));
    }

    private void assertSecretsAbsent(String html) {
        Base64.Encoder base64 = Base64.getEncoder();
        assertThat(html).doesNotContain("FAKEKEYMATERIAL")
                .doesNotContain(base64.encodeToString(KEY.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(base64.encodeToString(privateImage))
                .doesNotContain(base64.encodeToString(KEY.getBytes(StandardCharsets.UTF_8)).substring(8, 40));
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width * 1000 + height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
