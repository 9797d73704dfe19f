package io.recapstudio.ui.session;

import io.recapstudio.core.system.DaemonThreads;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;

/**
 * Keeps the {@link RecoveryJournal} up to date for the open posts: the text of a post with unsaved changes is
 * written {@link #IDLE} after typing pauses (and at least every {@link #MAX_WAIT}, or the
 * {@link #setMaxWait user's interval}, while it goes on), at once on
 * {@link #flushAll()} (the window lost the focus), on one background thread so typing never waits for the disk. The
 * entry goes away when the post is saved or back to its saved text, when its tab closes ({@link #forget}) and on a
 * clean quit ({@link #discardAll()}).
 *
 * <p>The journal has one writer per entry (this keeper's thread) and never writes a post's own file, so a journal
 * write cannot interleave with a Save. A write queued before the entry was removed is dropped (each removal starts a
 * new generation). Call the methods on the FX thread.
 */
public final class JournalKeeper implements AutoCloseable {

    /** How long typing must pause before the text is journalled. */
    public static final Duration IDLE = Duration.ofMillis(1500);
    /** The longest a change waits to be journalled while typing goes on. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger(JournalKeeper.class.getName());

    private final RecoveryJournal journal;
    private final Consumer<String> problems;
    private final Executor fx;
    private final ScheduledThreadPoolExecutor writer =
            new ScheduledThreadPoolExecutor(1, DaemonThreads.factory("recap-journal"));
    private final Map<EditorSession, Tracked> tracked = new LinkedHashMap<>();
    private volatile boolean toldProblem;
    private volatile Duration maxWait = MAX_WAIT;

    /**
     * @param journal  where the entries go
     * @param problems told (through {@code fx}) when the journal cannot be written, once until a write succeeds
     * @param fx       runs a task on the FX thread ({@code Platform::runLater})
     */
    public JournalKeeper(RecoveryJournal journal, Consumer<String> problems, Executor fx) {
        this.journal = journal;
        this.problems = problems;
        this.fx = fx;
        writer.setRemoveOnCancelPolicy(true);
    }

    /** The longest a change waits to be journalled while typing goes on (the user's preference; at least IDLE). */
    public void setMaxWait(Duration wait) {
        maxWait = wait.compareTo(IDLE) < 0 ? IDLE : wait;
    }

    public Duration maxWait() {
        return maxWait;
    }

    public RecoveryJournal journal() {
        return journal;
    }

    /** Journals {@code session} from now on (under a new entry id). */
    public void watch(EditorSession session) {
        if (tracked.containsKey(session)) {
            return;
        }
        Tracked t = new Tracked(session, RecoveryJournal.newId());
        t.textListener = (o, old, snapshot) -> changed(t, snapshot, IDLE);
        t.dirtyListener = (o, was, dirty) -> {
            if (!dirty) {
                remove(t);
            }
        };
        session.textProperty().addListener(t.textListener);
        session.dirtyProperty().addListener(t.dirtyListener);
        tracked.put(session, t);
        if (session.isDirty()) {
            changed(t, session.getText(), IDLE);
        }
    }

    /** Stops journalling {@code session} and removes its entry (its tab closed: saved, or the user let it go). */
    public void forget(EditorSession session) {
        Tracked t = tracked.remove(session);
        if (t != null) {
            session.textProperty().removeListener(t.textListener);
            session.dirtyProperty().removeListener(t.dirtyListener);
            remove(t);
        }
    }

    /** Writes the entry of every post with unsaved changes now (the window lost the focus). */
    public void flushAll() {
        new ArrayList<>(tracked.values()).forEach(t -> flush(t.session));
    }

    /** Writes {@code session}'s entry now if it has unsaved changes, with the editor's exact current text. */
    public void flush(EditorSession session) {
        Tracked t = tracked.get(session);
        if (t == null || !session.isDirty()) {
            return;
        }
        TextSnapshot latest = session.getText();
        if (latest.version() != session.currentVersion()) {
            latest = TextSnapshot.of(session.currentVersion(), session.currentText());
        }
        changed(t, latest, Duration.ZERO);
    }

    /**
     * {@code session} holds the text of a left-over entry the user restored: its own entry is written now, and the
     * old one removed after that (so a crash in between leaves one of them).
     */
    public void adopt(EditorSession session, String restoredEntryId) {
        flush(session);
        writer.execute(() -> {
            try {
                journal.delete(restoredEntryId);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot remove the restored recovery entry " + restoredEntryId, e);
            }
        });
    }

    /** A clean quit: every entry of this window is removed (the user saved or let each change go). */
    public void discardAll() {
        new ArrayList<>(tracked.keySet()).forEach(this::forget);
    }

    /** The entry id of {@code session} (for tests and for the recovery dialog). */
    public String idOf(EditorSession session) {
        Tracked t = tracked.get(session);
        return t == null ? null : t.id;
    }

    /** Completes when every write queued until now has run (those waiting for typing to pause too); for tests. */
    public Future<?> settled() {
        long latest = 0;
        for (Tracked t : tracked.values()) {
            synchronized (t) {
                if (t.pending != null && !t.pending.isDone()) {
                    latest = Math.max(latest, t.pending.getDelay(TimeUnit.MILLISECONDS));
                }
            }
        }
        return writer.schedule(() -> { }, latest + 1, TimeUnit.MILLISECONDS);
    }

    /** Stops the writer after the writes already queued; entries stay (a quit that did not ask stays recoverable). */
    @Override
    public void close() {
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(true);
        writer.shutdown();
        try {
            if (!writer.awaitTermination(IDLE.toMillis() + 3000, TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "The recovery journal did not finish writing in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void changed(Tracked t, TextSnapshot snapshot, Duration delay) {
        EditorSession session = t.session;
        if (snapshot == null || !session.isDirty() || writer.isShutdown()) {
            return;
        }
        Path file = session.getPath();
        t.latest = new Pending(snapshot, file, session.getDisplayName());
        long now = System.nanoTime();
        synchronized (t) {
            boolean waiting = t.pending != null && !t.pending.isDone();
            if (waiting && delay.isZero()) {
                t.pending.cancel(false);
            } else if (waiting && now - t.firstPending > maxWait.minus(IDLE).toNanos()) {
                return; // the write already queued runs within MAX_WAIT and takes the latest text
            } else if (waiting) {
                t.pending.cancel(false);
            } else {
                t.firstPending = now;
            }
            int generation = t.generation;
            t.pending = writer.schedule(() -> write(t, generation), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void write(Tracked t, int generation) {
        synchronized (t) {
            Pending p = t.latest;
            if (generation != t.generation || p == null) {
                return;
            }
            try {
                journal.write(RecoveryJournal.entry(t.id, p.file(), p.name(), p.snapshot().text()));
                t.written = true;
                toldProblem = false;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot write the recovery journal entry " + journal.fileOf(t.id), e);
                if (!toldProblem) {
                    toldProblem = true;
                    String message = "Cannot keep a recovery copy of " + p.name() + " in " + journal.folder() + " ("
                            + e.getMessage() + "). Save your work to be safe.";
                    fx.execute(() -> problems.accept(message));
                }
            }
        }
    }

    private void remove(Tracked t) {
        synchronized (t) {
            t.generation++;
            t.latest = null;
            if (t.pending != null) {
                t.pending.cancel(false);
                t.pending = null;
            }
            if (!t.written) {
                return;
            }
            try {
                journal.delete(t.id);
                t.written = false;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot remove the recovery journal entry " + journal.fileOf(t.id), e);
            }
        }
    }

    /** The text to write and where it belongs, taken on the FX thread. */
    private record Pending(TextSnapshot snapshot, Path file, String name) {
    }

    private static final class Tracked {
        final EditorSession session;
        final String id;
        ChangeListener<TextSnapshot> textListener;
        ChangeListener<Boolean> dirtyListener;
        volatile Pending latest;
        ScheduledFuture<?> pending;
        long firstPending;
        int generation;
        boolean written;

        Tracked(EditorSession session, String id) {
            this.session = session;
            this.id = id;
        }
    }
}
