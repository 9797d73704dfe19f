package io.recapstudio.core.system;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads for background work (rendering, checks, loading, thumbnails): daemon so that a forgotten
 * executor never keeps the program alive, named so that a thread dump or a log line says whose work it was. Every
 * thread made here reports an uncaught exception to the JVM's default handler (the app installs one that logs and
 * tells the user).
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A factory of daemon threads called {@code name}, {@code name-2}, {@code name-3}, …. */
    public static ThreadFactory factory(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            int n = count.incrementAndGet();
            Thread t = new Thread(runnable, n == 1 ? name : name + "-" + n);
            t.setDaemon(true);
            return t;
        };
    }

    /** One daemon thread that runs tasks in order. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(factory(name));
    }

    /** Up to {@code threads} daemon threads. */
    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), factory(name));
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    public static Thread start(String name, Runnable work) {
        Thread t = factory(name).newThread(work);
        t.start();
        return t;
    }
}
