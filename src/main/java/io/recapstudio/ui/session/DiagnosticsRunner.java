package io.recapstudio.ui.session;

import io.recapstudio.core.check.CheckCancelledException;
import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.workspace.SiteContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import javafx.beans.value.ChangeListener;

/**
 * Runs the diagnostics provider and the word count for every watched session on one named daemon thread, whenever a
 * session publishes a new snapshot. Per session at most one check is in flight and it is for the latest snapshot:
 *
 * <ul>
 *   <li>a check starts only once the session's preview shows that version (or at once when no preview follows the
 *       session), so a keystroke's render does not share the two cores with a check of the same text;</li>
 *   <li>an edit cancels the running check between two rules (its result could not be shown: the session takes only
 *       diagnostics of its current text) and drops a waiting one; the next published snapshot starts again;</li>
 *   <li>a cancelled check delivers nothing, and a result whose text changed meanwhile is dropped on delivery.</li>
 * </ul>
 */
public final class DiagnosticsRunner implements AutoCloseable {

    private final DiagnosticsProvider provider;
    private final Executor fxThread;
    private final BiConsumer<EditorSession, RuntimeException> onFailure;
    private final ExecutorService worker = DaemonThreads.single("recap-diagnostics");
    private final Map<EditorSession, Watched> watched = new ConcurrentHashMap<>();

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
        Watched state = new Watched(session);
        watched.put(session, state);
        state.listen();
        schedule(state, session.getText());
    }

    public void unwatch(EditorSession session) {
        Watched state = watched.remove(session);
        if (state != null) {
            state.stop();
        }
    }

    /** Computes again for the current snapshot (e.g. after the post moved to another folder). */
    public void refresh(EditorSession session) {
        Watched state = watched.get(session);
        if (state != null) {
            schedule(state, session.getText());
        }
    }

    private void schedule(Watched state, TextSnapshot snapshot) {
        EditorSession session = state.session;
        state.waitFor(new Job(snapshot, session.getPath(), session.siteContext()));
    }

    private void compute(Watched state, Job job) {
        if (job.isCancelled()) {
            return;
        }
        TextSnapshot snapshot = job.snapshot();
        String text = snapshot.text();
        try {
            List<Diagnostic> found = provider.diagnose(job.post(), text, job.site().join(), job::isCancelled);
            if (job.isCancelled()) {
                return;
            }
            DocumentStats stats = DocumentStats.of(text);
            fxThread.execute(() -> {
                if (!job.isCancelled()) {
                    state.session.acceptDiagnostics(snapshot.version(), found, stats);
                }
            });
        } catch (CheckCancelledException e) {
            // the text changed: the check of the new text starts when it is published
        } catch (RuntimeException e) {
            fxThread.execute(() -> onFailure.accept(state.session, e));
        } finally {
            state.finished(job);
        }
    }

    /** One check of one snapshot; cancelled from any thread, read by the worker between rules. */
    private record Job(TextSnapshot snapshot, Path post, CompletableFuture<SiteContext> site, AtomicBoolean cancel) {

        Job(TextSnapshot snapshot, Path post, CompletableFuture<SiteContext> site) {
            this(snapshot, post, site, new AtomicBoolean());
        }

        boolean isCancelled() {
            return cancel.get();
        }
    }

    /** A watched session: its listeners, the check waiting for the preview, and the check in flight. */
    private final class Watched {
        private final EditorSession session;
        private final ChangeListener<TextSnapshot> published = (obs, old, snapshot) -> schedule(this, snapshot);
        private final ChangeListener<SiteContext> siteLoaded;
        private final ChangeListener<Number> edited = (obs, old, version) -> edited(version.longValue());
        private final ChangeListener<Number> shown = (obs, old, version) -> startIfShown();
        /** Guarded by this. */
        private Job waiting;
        /** Guarded by this. */
        private Job running;

        Watched(EditorSession session) {
            this.session = session;
            this.siteLoaded = (obs, old, site) -> {
                if (old != null) {
                    schedule(this, session.getText());
                }
            };
        }

        void listen() {
            session.textProperty().addListener(published);
            session.siteProperty().addListener(siteLoaded);
            session.liveVersionProperty().addListener(edited);
            session.previewShownProperty().addListener(shown);
        }

        void stop() {
            session.textProperty().removeListener(published);
            session.siteProperty().removeListener(siteLoaded);
            session.liveVersionProperty().removeListener(edited);
            session.previewShownProperty().removeListener(shown);
            synchronized (this) {
                cancel(running);
                waiting = null;
            }
        }

        /** The latest snapshot to check, replacing one that waits; it starts when the preview shows it. */
        void waitFor(Job job) {
            synchronized (this) {
                waiting = job;
            }
            startIfShown();
        }

        /** An edit: what runs or waits checks text the session no longer has. */
        void edited(long liveVersion) {
            synchronized (this) {
                if (running != null && running.snapshot().version() != liveVersion) {
                    cancel(running);
                }
                if (waiting != null && waiting.snapshot().version() != liveVersion) {
                    waiting = null;
                }
            }
        }

        void startIfShown() {
            Job start;
            synchronized (this) {
                long shownVersion = session.previewShownProperty().get();
                if (waiting == null || shownVersion != EditorSession.NO_PREVIEW
                        && shownVersion < waiting.snapshot().version()) {
                    return;
                }
                start = waiting;
                waiting = null;
                cancel(running);
                running = start;
            }
            try {
                worker.execute(() -> compute(this, start));
            } catch (RejectedExecutionException e) {
                finished(start); // closed meanwhile
            }
        }

        synchronized void finished(Job job) {
            if (running == job) {
                running = null;
            }
        }

        private static void cancel(Job job) {
            if (job != null) {
                job.cancel().set(true);
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
