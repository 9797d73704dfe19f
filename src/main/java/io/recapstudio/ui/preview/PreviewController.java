package io.recapstudio.ui.preview;

import io.recapstudio.core.markdown.Html;
import io.recapstudio.core.markdown.MarkdownRenderer;
import io.recapstudio.core.markdown.RenderInput;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.RenderResult;
import io.recapstudio.core.markdown.RenderedBlock;
import io.recapstudio.core.system.DaemonThreads;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.reactfx.EventStream;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;

/**
 * Keeps a {@link PreviewPane} showing the text of an editor while the user types: every edit asks for a render, at
 * once, on one named daemon thread. There is no waiting for a pause: while a render runs, newer edits only replace
 * the one request that waits, so the next render always takes the newest text and the preview is at most one render
 * behind. The render thread also works out which blocks changed ({@link PreviewPatch}); the FX thread only hands that
 * patch to the page. Results apply in order, and one older than what the page shows is dropped.
 *
 * <p>Create and use on the FX thread; call {@link #dispose()} when the tab closes.
 */
public final class PreviewController {

    /**
     * What to render, taken on the FX thread after an edit. Cheap to take: the text and the pipeline are only read on
     * the render thread.
     *
     * @param version   the text's version (results carry it)
     * @param text      the text, read on the render thread
     * @param bundleDir the post's bundle folder, or null
     * @param pipeline  the renderer and options to use, as the post's site decides (may wait for the site to load;
     *                  called on the render thread)
     */
    public record Request(long version, Supplier<String> text, Path bundleDir, Supplier<Pipeline> pipeline) {
    }

    /** A renderer and the options it renders with. */
    public record Pipeline(MarkdownRenderer renderer, RenderOptions options) {
    }

    private final PreviewPane pane;
    private final Supplier<Request> requests;
    private final ExecutorService executor = DaemonThreads.single("recap-preview-render");
    private final AtomicReference<Request> waiting = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    /** At most one result waits for the FX thread: the render thread does not run ahead of what the page shows. */
    private final Semaphore unapplied = new Semaphore(1);
    private final ReadOnlyObjectWrapper<RenderResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final Subscription subscription;
    /** Render thread only: the last render sent to the FX thread, which the next patch starts from. */
    private RenderResult lastSent;
    private volatile boolean disposed;

    /**
     * A controller on a text property (e.g. an editor's {@code textProperty()}): every change renders.
     *
     * @param bundleDir the bundle folder of the post shown, read at each render (null when there is none)
     */
    public PreviewController(PreviewPane pane, ObservableValue<String> text, Supplier<Path> bundleDir,
                             MarkdownRenderer renderer, RenderOptions options) {
        this(pane, EventStreams.changesOf(text), versioned(text, bundleDir, new Pipeline(renderer, options)));
    }

    /**
     * @param changes  fires on every edit (and whenever what the preview shows should be rendered again)
     * @param requests on the FX thread, takes what to render now
     */
    public PreviewController(PreviewPane pane, EventStream<?> changes, Supplier<Request> requests) {
        this.pane = pane;
        this.requests = requests;
        this.subscription = changes.subscribe(event -> renderNow());
        renderNow();
    }

    private static Supplier<Request> versioned(ObservableValue<String> text, Supplier<Path> bundleDir,
                                               Pipeline pipeline) {
        AtomicLong versions = new AtomicLong();
        return () -> {
            String snapshot = text.getValue() == null ? "" : text.getValue();
            return new Request(versions.incrementAndGet(), () -> snapshot, bundleDir.get(), () -> pipeline);
        };
    }

    /** Renders the current text as soon as the render thread is free (e.g. after the post's site changed). */
    public void renderNow() {
        if (disposed) {
            return;
        }
        waiting.set(requests.get());
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false); // disposed meanwhile
            }
        }
    }

    /** Renders the waiting request, then the one that came meanwhile, until none waits. */
    private void drain() {
        while (!disposed) {
            Request request = waiting.getAndSet(null);
            if (request == null) {
                draining.set(false);
                // an edit may have come between the look and the flag: take it unless another drain did
                if (waiting.get() == null || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            render(request);
        }
    }

    private void render(Request request) {
        RenderResult rendered;
        try {
            Pipeline pipeline = request.pipeline().get();
            RenderInput input = new RenderInput(request.text().get(), request.bundleDir(), request.version(),
                    pipeline.options());
            rendered = pipeline.renderer().render(input);
        } catch (RuntimeException | StackOverflowError e) {
            rendered = failure(request.version(), e);
        }
        PreviewPatch patch = PreviewPatch.between(lastSent, rendered);
        lastSent = rendered;
        try {
            unapplied.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Platform.runLater(() -> {
            try {
                apply(patch);
            } finally {
                unapplied.release();
            }
        });
    }

    /** A bug in the pipeline must not leave the preview silently stale: show what went wrong instead. */
    private static RenderResult failure(long version, Throwable e) {
        System.getLogger(PreviewController.class.getName()).log(System.Logger.Level.ERROR,
                "The preview could not render version " + version, e);
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        String html = "<div class=\"rs-error\" role=\"alert\"><div class=\"rs-error-title\">The preview could not "
                + "render this text</div><div class=\"rs-error-message\">" + Html.escape(message)
                + " (your text is safe; please report this)</div></div>";
        return new RenderResult(version, html, List.of(new RenderedBlock("render-failure", html, 1, 1)), List.of());
    }

    private void apply(PreviewPatch patch) {
        if (disposed) {
            return;
        }
        RenderResult rendered = patch.after();
        RenderResult current = result.get();
        if (current != null && rendered.version() < current.version()) {
            return; // stale: a newer render is shown
        }
        result.set(rendered);
        pane.show(patch);
    }

    /** The newest result applied to the preview (its diagnostics feed a status bar). */
    public ReadOnlyObjectProperty<RenderResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Stops listening to the text and shuts the render thread down. */
    public void dispose() {
        disposed = true;
        subscription.unsubscribe();
        executor.shutdownNow();
    }
}
