package io.recapstudio.ui.preview;

import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.markdown.Html;
import io.recapstudio.core.markdown.MarkdownRenderer;
import io.recapstudio.core.markdown.RenderInput;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.RenderResult;
import io.recapstudio.core.markdown.RenderedBlock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.reactfx.EventStream;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;

/**
 * Keeps a {@link PreviewPane} showing the text of an editor: edits are debounced (the render starts when typing
 * pauses for {@link #DEBOUNCE}), rendered on one named daemon thread, and only the newest result is applied, on the
 * FX thread. Results older than what is shown, or than a newer request, are dropped by version number.
 *
 * <p>Create and use on the FX thread; call {@link #dispose()} when the window closes.
 */
public final class PreviewController {

    /** How long typing must pause before the preview renders. */
    public static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final PreviewPane pane;
    private final Supplier<Supplier<String>> snapshots;
    private final Supplier<Path> bundleDir;
    private final MarkdownRenderer renderer;
    private final RenderOptions options;
    private final ExecutorService executor = DaemonThreads.single("recap-preview-render");
    private final AtomicLong requested = new AtomicLong();
    private final ReadOnlyObjectWrapper<RenderResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final Subscription subscription;

    /**
     * @param pane      the preview to keep up to date
     * @param text      the post's text (e.g. the editor's {@code textProperty()})
     * @param bundleDir the bundle folder of the post shown, read at each render (null when there is none)
     * @param renderer  the render pipeline
     * @param options   render options (the site's {@code unsafe} setting, …)
     */
    public PreviewController(PreviewPane pane, ObservableValue<String> text, Supplier<Path> bundleDir,
                             MarkdownRenderer renderer, RenderOptions options) {
        this(pane, EventStreams.changesOf(text).successionEnds(DEBOUNCE), () -> {
            String snapshot = text.getValue() == null ? "" : text.getValue();
            return () -> snapshot;
        }, bundleDir, renderer, options);
    }

    /**
     * A controller fed by a source that debounces itself, such as an editor session publishing text snapshots
     * after typing pauses: each event renders at once.
     *
     * @param published fires when new text is there
     * @param snapshots on the FX thread, takes the text to render; the returned supplier is called on the render
     *                  thread (so a large document is copied there, not on the FX thread)
     */
    public PreviewController(PreviewPane pane, EventStream<?> published, Supplier<Supplier<String>> snapshots,
                             Supplier<Path> bundleDir, MarkdownRenderer renderer, RenderOptions options) {
        this.pane = pane;
        this.snapshots = snapshots;
        this.bundleDir = bundleDir;
        this.renderer = renderer;
        this.options = options;
        this.subscription = published.subscribe(event -> renderNow());
        renderNow();
    }

    /** Renders the current text now, without waiting for the debounce (e.g. after opening a post). */
    public void renderNow() {
        Supplier<String> snapshot = snapshots.get();
        Path bundle = bundleDir.get();
        long version = requested.incrementAndGet();
        try {
            executor.execute(() -> render(snapshot, bundle, version));
        } catch (RejectedExecutionException e) {
            // disposed: nothing to render for any more
        }
    }

    private void render(Supplier<String> snapshot, Path bundle, long version) {
        if (version != requested.get()) {
            return; // a newer edit is queued behind this one
        }
        RenderInput input = new RenderInput(snapshot.get(), bundle, version, options);
        RenderResult rendered;
        try {
            rendered = renderer.render(input);
        } catch (RuntimeException | StackOverflowError e) {
            rendered = failure(input, e);
        }
        RenderResult shown = rendered;
        Platform.runLater(() -> apply(shown));
    }

    /** A bug in the pipeline must not leave the preview silently stale: show what went wrong instead. */
    private static RenderResult failure(RenderInput input, Throwable e) {
        System.getLogger(PreviewController.class.getName()).log(System.Logger.Level.ERROR,
                "The preview could not render version " + input.version(), e);
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        String html = "<div class=\"rs-error\" role=\"alert\"><div class=\"rs-error-title\">The preview could not "
                + "render this text</div><div class=\"rs-error-message\">" + Html.escape(message)
                + " (your text is safe; please report this)</div></div>";
        return new RenderResult(input.version(), html, List.of(new RenderedBlock("render-failure", html, 1, 1)),
                List.of());
    }

    private void apply(RenderResult rendered) {
        if (rendered.version() != requested.get()) {
            return; // stale: a newer render is on its way
        }
        result.set(rendered);
        pane.show(rendered);
    }

    /** The newest result applied to the preview (its diagnostics feed a status bar). */
    public ReadOnlyObjectProperty<RenderResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Stops listening to the text and shuts the render thread down. */
    public void dispose() {
        subscription.unsubscribe();
        executor.shutdownNow();
    }
}
