package io.recapstudio.ui.palette;

import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.markdown.BundleImagesProvider;
import io.recapstudio.core.markdown.MarkdownRenderer;
import io.recapstudio.core.markdown.RenderInput;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.RenderResult;
import io.recapstudio.core.markdown.StandaloneDocument;
import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.web.WebView;
import javafx.util.Duration;

/**
 * The rendering of the call being filled, as the preview shows it (processed images, cards, boxes): rendered off
 * the FX thread a moment after the form stops changing, only the latest call kept.
 */
final class CallPreview {

    private final WebView view = new WebView();
    private final Supplier<Path> bundleDir;
    private final MarkdownRenderer renderer = PreviewShortcodes.renderer(BundleImagesProvider.userCacheDir());
    private final ExecutorService worker = DaemonThreads.single("palette-preview");
    private final AtomicLong latest = new AtomicLong();
    private final PauseTransition pause = new PauseTransition(Duration.millis(250));
    private String pending = "";

    CallPreview(Supplier<Path> bundleDir) {
        this.bundleDir = bundleDir;
        view.setPrefHeight(170);
        view.setMinHeight(120);
        view.setId("palette-rendering");
        pause.setOnFinished(e -> render(pending));
    }

    Node node() {
        return view;
    }

    /** Shows {@code call} rendered, after typing pauses. */
    void show(String call) {
        pending = call;
        pause.playFromStart();
    }

    private void render(String call) {
        long version = latest.incrementAndGet();
        Path dir = bundleDir.get();
        worker.submit(() -> {
            RenderOptions options = RenderOptions.standalone().withoutPageHeader();
            RenderResult result = renderer.render(new RenderInput(call, dir, version, options));
            String html = StandaloneDocument.of("Shortcode", result, options);
            Platform.runLater(() -> {
                if (version == latest.get()) {
                    view.getEngine().loadContent(html);
                }
            });
        });
    }

    void dispose() {
        pause.stop();
        worker.shutdownNow();
    }
}
