package io.recapstudio.ui.preview;

import io.recapstudio.core.markdown.TestRenderers;
import static io.recapstudio.ui.preview.PreviewTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.BundleImagesProvider;
import io.recapstudio.core.markdown.MarkdownRenderer;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.ShortcodeRenderers;
import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The controller keeps the preview on the editor's text: rendered at every edit off the FX thread, newest wins. */
@ExtendWith(ApplicationExtension.class)
class PreviewControllerTest {

    private final List<Thread> renderThreads = new CopyOnWriteArrayList<>();
    /** When set, the next probe waits for it: a render that takes as long as the test wants. */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> slowOnce =
            new java.util.concurrent.atomic.AtomicReference<>();
    private CodeArea editor;
    private PreviewPane pane;
    private PreviewTestSupport page;
    private PreviewController controller;

    @Start
    void start(Stage stage) {
        editor = new CodeArea();
        editor.setId("editor");
        pane = new PreviewPane();
        page = new PreviewTestSupport(pane);
        ShortcodeRenderers catalog = PreviewShortcodes.catalog().with("probe", (call, context) -> {
            renderThreads.add(Thread.currentThread());
            java.util.concurrent.CountDownLatch latch = slowOnce.getAndSet(null);
            if (latch != null) {
                try {
                    latch.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "<span class=\"probe\">probe</span>";
        });
        MarkdownRenderer renderer = new MarkdownRenderer(catalog, TestRenderers.images());
        controller = new PreviewController(pane, editor.textProperty(), () -> null, renderer, RenderOptions.preview());
        stage.setScene(new Scene(new SplitPane(editor, pane), 1000, 600));
        stage.show();
    }

    @BeforeEach
    void waitForShell() throws Exception {
        page.waitUntilReady();
    }

    @AfterEach
    void dispose() throws Exception {
        onFx(() -> controller.dispose());
    }

    @Test
    void typingIntoTheEditorUpdatesThePreview(FxRobot robot) throws Exception {
        robot.clickOn("#editor").write("# Harbor Bay\n\nWe had *fun*.");
        page.waitFor(() -> "Harbor Bay".equals(page.js("(document.querySelector('#content h1') || {}).textContent")));
        page.waitFor(() -> "fun".equals(page.js("(document.querySelector('#content em') || {}).textContent")));
        assertThat(onFx(() -> controller.resultProperty().get().blocks().size())).isEqualTo(2);
    }

    @Test
    void renderingRunsOnTheNamedRenderThread() throws Exception {
        onFx(() -> editor.replaceText("Before {{< probe >}} after."));
        page.waitFor(() -> page.jsInt("document.querySelectorAll('.probe').length") == 1);
        assertThat(renderThreads).isNotEmpty()
                .allMatch(t -> t.getName().equals("recap-preview-render") && t.isDaemon());
    }

    @Test
    void onlyTheNewestResultIsApplied() throws Exception {
        List<Long> shown = new CopyOnWriteArrayList<>();
        onFx(() -> pane.shownVersionProperty().addListener((o, old, version) -> shown.add(version.longValue())));
        for (int i = 1; i <= 30; i++) {
            int n = i;
            onFx(() -> {
                editor.replaceText("Edit number " + n + ".");
                controller.renderNow();
            });
        }
        page.waitFor(() -> "Edit number 30.".equals(page.js("document.getElementById('content').textContent")));
        long last = onFx(() -> controller.resultProperty().get().version());
        assertThat(shown).isSorted().doesNotHaveDuplicates().endsWith(last);
    }

    @Test
    void aSlowRenderNeverOverwritesTheNewerTextThatFollowsIt() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        slowOnce.set(release);
        List<Long> shown = new CopyOnWriteArrayList<>();
        onFx(() -> pane.shownVersionProperty().addListener((o, old, version) -> shown.add(version.longValue())));
        onFx(() -> editor.replaceText("First {{< probe >}} text."));
        page.waitFor(() -> slowOnce.get() == null); // the render of the first text is stuck in the probe
        for (int i = 1; i <= 10; i++) {
            int n = i;
            onFx(() -> editor.replaceText("Newer text " + n + "."));
        }
        release.countDown();
        page.waitFor(() -> "Newer text 10.".equals(page.js("document.getElementById('content').textContent")));
        assertThat(shown).isSorted().doesNotHaveDuplicates();
        assertThat(onFx(() -> controller.resultProperty().get().html())).contains("Newer text 10.");
    }

    @Test
    void aResultOlderThanTheShownOneIsIgnoredByThePage() throws Exception {
        onFx(() -> controller.dispose());
        PreviewTestSupport.onFx(() -> pane.show(PreviewTestSupport.render("Newer.", null, 5)));
        PreviewTestSupport.onFx(() -> pane.show(PreviewTestSupport.render("Older.", null, 4)));
        assertThat(page.js("document.getElementById('content').textContent")).isEqualTo("Newer.");
        assertThat(onFx(() -> pane.shownVersionProperty().get())).isEqualTo(5L);
    }

    @Test
    void disposeStopsTheRenderThread() throws Exception {
        onFx(() -> editor.replaceText("Something to render: {{< probe >}}"));
        page.waitFor(() -> !renderThreads.isEmpty());
        Thread renderThread = renderThreads.get(0);
        assertThat(renderThread.isAlive()).isTrue();
        onFx(() -> controller.dispose());
        page.waitFor(() -> !renderThread.isAlive());
    }

}
