package io.recapstudio.ui.session;

import io.recapstudio.core.system.DaemonThreads;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Notices when another program (git pull, another editor) changes or removes the file of an open post: a light poll
 * (one {@code stat} per open post every {@link #POLL}, the file read only when its attributes changed) and a look
 * when the window gets the focus back. A touch or a rewrite with the same bytes is not a change. Polling rather
 * than a {@link java.nio.file.WatchService} because it sees atomic replaces and network folders alike and costs
 * next to nothing for a few open posts.
 *
 * <p>The listener is called on the FX thread, once per new content (or removal) of a file; the session's
 * {@link EditorSession#diskStamp()} then says what the user has accepted.
 */
public final class DiskWatch implements AutoCloseable {

    /** How often the open posts' files are looked at. */
    public static final Duration POLL = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(DiskWatch.class.getName());

    /** What is told about a post's file; called on the FX thread. */
    public interface Listener {
        /** The file now holds {@code bytes} ({@code stamp}), which differ from what the session last saw. */
        void changed(EditorSession session, DiskStamp stamp, byte[] bytes);

        /** The file is gone (deleted, moved, or its folder is). */
        void missing(EditorSession session);
    }

    private final Supplier<List<EditorSession>> sessions;
    private final Listener listener;
    private final Executor fx;
    private final ScheduledExecutorService watcher =
            new ScheduledThreadPoolExecutor(1, DaemonThreads.factory("recap-disk-watch"));
    private final AtomicBoolean checking = new AtomicBoolean();
    private final Map<EditorSession, String> told = new WeakHashMap<>();
    private final Set<EditorSession> missing = Collections.newSetFromMap(new WeakHashMap<>());

    /**
     * @param sessions the open posts (asked on the FX thread)
     * @param fx       runs a task on the FX thread ({@code Platform::runLater})
     */
    public DiskWatch(Supplier<List<EditorSession>> sessions, Listener listener, Executor fx) {
        this.sessions = sessions;
        this.listener = listener;
        this.fx = fx;
    }

    /** Starts polling every {@code period}. */
    public void start(Duration period) {
        watcher.scheduleWithFixedDelay(() -> fx.execute(this::checkNow), period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Looks at every open post's file now (FX thread; the disk is read on the watcher's thread). */
    public void checkNow() {
        if (watcher.isShutdown() || !checking.compareAndSet(false, true)) {
            return;
        }
        List<Look> looks = new ArrayList<>();
        for (EditorSession session : sessions.get()) {
            if (session.getPath() != null && session.diskStamp() != null) {
                looks.add(new Look(session, session.getPath(), session.diskStamp()));
            }
        }
        try {
            watcher.execute(() -> {
                try {
                    looks.forEach(this::look);
                } finally {
                    checking.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            checking.set(false);
        }
    }

    private void look(Look look) {
        Optional<DiskStamp.Snapshot> now;
        try {
            now = DiskStamp.look(look.file(), look.known());
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Cannot look at " + look.file(), e);
            return;
        }
        fx.execute(() -> report(look, now));
    }

    /** On the FX thread: tells what changed, unless the session moved on (saved, reloaded) since the look. */
    private void report(Look look, Optional<DiskStamp.Snapshot> now) {
        EditorSession session = look.session();
        if (session.diskStamp() != look.known() || !look.file().equals(session.getPath())) {
            return;
        }
        if (now.isEmpty()) {
            if (missing.add(session)) {
                listener.missing(session);
            }
            return;
        }
        missing.remove(session);
        DiskStamp stamp = now.get().stamp();
        if (stamp == look.known()) {
            return;
        }
        if (stamp.sameContent(look.known())) {
            session.noteDiskStamp(stamp);
        } else if (!stamp.sha256().equals(told.get(session))) {
            told.put(session, stamp.sha256());
            listener.changed(session, stamp, now.get().bytes());
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }

    private record Look(EditorSession session, Path file, DiskStamp known) {
    }
}
