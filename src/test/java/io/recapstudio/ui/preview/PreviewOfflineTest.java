package io.recapstudio.ui.preview;

import static io.recapstudio.ui.preview.PreviewTestSupport.onFx;
import static io.recapstudio.ui.preview.PreviewTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.RenderResult;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Offline and private: bundle images load from disk with Hugo's sizes fixed before they load; nothing is requested
 * from the network — a local server socket stands in for "remote" and must never see a connection.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewOfflineTest {

    @TempDir
    Path bundle;

    private PreviewPane pane;
    private PreviewTestSupport page;

    @Start
    void start(Stage stage) {
        pane = new PreviewPane();
        page = new PreviewTestSupport(pane);
        stage.setScene(new Scene(pane, 800, 600));
        stage.show();
    }

    @BeforeEach
    void waitForShell() throws Exception {
        page.waitUntilReady();
    }

    @Test
    void remoteContentInTheMarkdownIsReplacedAndNeverRequested() throws Exception {
        image("local.png", 64, 48);
        try (ServerSocket remote = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + remote.getLocalPort();
            page.show(render("![remote](" + url + "/photo.png)\n\n<img src=\"" + url + "/raw.png\">\n\n"
                    + "<iframe src=\"" + url + "/embed\"></iframe>\n\n![local](local.png)\n", bundle, 1));
            page.waitForImages();
            assertThat(page.js("Array.prototype.map.call(document.querySelectorAll('.rs-offline'),"
                    + " function (e) { return e.textContent; }).join('|')")).isEqualTo(
                    "remote image not loaded offline: " + url + "/photo.png|remote image not loaded offline: " + url
                            + "/raw.png|remote embed not loaded offline: " + url + "/embed");
            assertThat(page.jsInt("document.images.length")).isEqualTo(1);
            assertThat(page.jsInt("document.images[0].naturalWidth")).isEqualTo(64);
            assertNoConnection(remote);
        }
    }

    @Test
    void theShellsContentSecurityPolicyBlocksRemoteLoadsThePipelineMissed() throws Exception {
        image("local.png", 32, 32);
        page.show(render("![local](local.png)\n", bundle, 1));
        try (ServerSocket remote = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + remote.getLocalPort();
            page.js("var box = document.createElement('div');"
                    + "box.innerHTML = '<img src=\"" + url + "/sneaky.png\"><iframe src=\"" + url + "/frame\"></iframe>"
                    + "<link rel=\"stylesheet\" href=\"" + url + "/style.css\">"
                    + "<div style=\"background-image: url(" + url + "/bg.png)\">x</div>';"
                    + "document.body.appendChild(box);"
                    + "try { var x = new XMLHttpRequest(); x.open('GET', '" + url + "/xhr'); x.send(); } catch (e) {}"
                    + "1");
            page.js("var again = document.createElement('img'); again.src = document.images[0].src + '?again';"
                    + "document.body.appendChild(again); 1");
            page.waitForImages();
            assertNoConnection(remote);
        }
    }

    @Test
    void imagesKeepHugosSizeBeforeTheyLoadSoTheLayoutDoesNotJump() throws Exception {
        StringBuilder text = new StringBuilder("---\ntitle: Photos\n---\n\n");
        int[][] shapes = {{400, 300}, {600, 400}, {300, 300}, {1200, 900}};
        for (int i = 1; i <= 24; i++) {
            // 4:3, 3:2 and 1:1 photos: Resize 300x gives whole pixels, so the file's shape is exactly the tag's
            image("photo-" + (100 + i) + ".jpg", shapes[i % 4][0], shapes[i % 4][1]);
            text.append("## Photo ").append(i).append("\n\n{{< imgproc photo-").append(100 + i)
                    .append(" Resize \"300x\" >}}\nCaption ").append(i).append("\n{{< /imgproc >}}\n\n");
        }
        text.append("## The end\n\nLast words.\n");
        RenderResult result = render(text.toString(), bundle, 1);
        String last = "document.querySelector('#the-end').parentNode.offsetTop";
        int beforeLoad = onFx(() -> {
            pane.show(result);
            return ((Number) pane.getEngine().executeScript(last)).intValue();
        });
        page.waitForImages();
        assertThat(page.jsInt(last)).isEqualTo(beforeLoad);
        assertThat(page.js("Array.prototype.every.call(document.images, function (i) {"
                + " return i.naturalWidth > 0 && Math.abs(i.getBoundingClientRect().height"
                + " - i.getBoundingClientRect().width * i.getAttribute('height') / i.getAttribute('width')) < 1; })"))
                .isEqualTo(true);
        int line = result.blocks().stream().filter(b -> b.html().contains("id=\"photo-12\"")).findFirst()
                .orElseThrow().firstLine();
        onFx(() -> pane.scrollToLine(line));
        page.waitFor(() -> page.jsInt("Math.round(document.querySelector('#photo-12').parentNode"
                + ".getBoundingClientRect().top)") == 0);
    }

    @Test
    void theServerSocketDoesSeeAPageWithoutThatPolicy() throws Exception {
        // The control for the tests above: the same request from a page without the shell's policy does connect.
        try (ServerSocket remote = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Path plain = bundle.resolve("plain.html");
            java.nio.file.Files.writeString(plain, "<html><body><img src=\"http://127.0.0.1:" + remote.getLocalPort()
                    + "/control.png\"></body></html>");
            onFx(() -> {
                javafx.scene.web.WebView control = new javafx.scene.web.WebView();
                pane.getChildren().add(control);
                control.getEngine().load(plain.toUri().toString());
            });
            remote.setSoTimeout(PreviewTestSupport.TIMEOUT_SECONDS * 1000);
            try (Socket connection = remote.accept()) {
                assertThat(connection.isConnected()).isTrue();
            }
        }
    }

    private static void assertNoConnection(ServerSocket remote) throws IOException {
        remote.setSoTimeout(500);
        try (Socket connection = remote.accept()) {
            throw new AssertionError("the preview connected to " + connection.getRemoteSocketAddress());
        } catch (SocketTimeoutException expected) {
            // nothing asked for the remote content
        }
    }

    private void image(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x30638e));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ImageIO.write(image, name.endsWith(".png") ? "png" : "jpg", bundle.resolve(name).toFile());
    }
}
