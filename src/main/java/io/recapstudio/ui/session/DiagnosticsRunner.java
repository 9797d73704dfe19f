package io.recapstudio.ui.session;

import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.workspace.SiteContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.value.ChangeListener;

/**
 * Runs the diagnostics provider and the word count for every watched session on one named daemon thread, whenever a
 * session publishes a new snapshot. Only the latest snapshot of a session is computed; a result whose text has
 * changed meanwhile is dropped on delivery.
 */
public final class DiagnosticsRunner implements AutoCloseable {

    private final DiagnosticsProvider provider;
    private final Executor fxThread;
    private final BiConsumer<EditorSession, RuntimeException> onFailure;
    private final ExecutorService worker = DaemonThreads.single("recap-diagnostics");
    private final Map<EditorSession, Job> pending = new ConcurrentHashMap<>();
    private final Map<EditorSession, ChangeListener<TextSnapshot>> listeners = new ConcurrentHashMap<>();
    private final Map<EditorSession, ChangeListener<SiteContext>> siteListeners = new ConcurrentHashMap<>();

    /**
     * @param fxThread  delivers results on the FX thread ({@code Platform::runLater}); tests may pass a direct executor
     * @param onFailure told (on the FX thread) when the provider throws; the session keeps its last diagnostics
     */
    public DiagnosticsRunner(DiagnosticsProvider provider, Executor fxThread,
                             BiConsumer<EditorSession, RuntimeException> onFailure) {
        this.provider = provider;
        this.fxThread = fxThread;
        this.onFailure = onFailure;
    }

    /**
     * Computes diagnostics now, after every published snapshot of {@code session}, and when its site context is
     * loaded again (the post was saved into another site).
     */
    public void watch(EditorSession session) {
        ChangeListener<TextSnapshot> listener = (obs, old, snapshot) -> schedule(session, snapshot);
        listeners.put(session, listener);
        session.textProperty().addListener(listener);
        ChangeListener<SiteContext> siteListener = (obs, old, site) -> {
            if (old != null) {
                refresh(session);
            }
        };
        siteListeners.put(session, siteListener);
        session.siteProperty().addListener(siteListener);
        schedule(session, session.getText());
    }

    public void unwatch(EditorSession session) {
        ChangeListener<TextSnapshot> listener = listeners.remove(session);
        if (listener != null) {
            session.textProperty().removeListener(listener);
        }
        ChangeListener<SiteContext> siteListener = siteListeners.remove(session);
        if (siteListener != null) {
            session.siteProperty().removeListener(siteListener);
        }
        pending.remove(session);
    }

    /** Computes again for the current snapshot (e.g. after the post moved to another folder). */
    public void refresh(EditorSession session) {
        schedule(session, session.getText());
    }

    private void schedule(EditorSession session, TextSnapshot snapshot) {
        if (pending.put(session, new Job(snapshot, session.getPath(), session.siteContext())) == null
                && !worker.isShutdown()) {
            worker.execute(() -> compute(session));
        }
    }

    private void compute(EditorSession session) {
        Job job = pending.remove(session);
        if (job == null) {
            return;
        }
        TextSnapshot snapshot = job.snapshot();
        String text = snapshot.text();
        try {
            List<Diagnostic> found = provider.diagnose(job.post(), text, job.site().join());
            DocumentStats stats = DocumentStats.of(text);
            fxThread.execute(() -> session.acceptDiagnostics(snapshot.version(), found, stats));
        } catch (RuntimeException e) {
            fxThread.execute(() -> onFailure.accept(session, e));
        }
    }

    private record Job(TextSnapshot snapshot, Path post, CompletableFuture<SiteContext> site) {
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
