package io.recapstudio.core.logging;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The one handler of exceptions nobody caught, on any thread: it logs the exception with its stack trace and hands a
 * short message to whoever tells the user (the desktop app's notification bar). It never rethrows and never ends the
 * program, so the window stays open and the user's text stays where it is. The same failure repeated (an exception
 * on every frame) is told once and logged in full a few times, then counted.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    /** How many times one failure (same type, message and place) is logged with its stack trace. */
    static final int FULL_LOGS_PER_FAILURE = 3;

    private static final System.Logger LOG = System.getLogger("io.recapstudio");

    private final AtomicReference<Consumer<String>> teller = new AtomicReference<>(message -> { });
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();
    private final Path logFile;

    /** @param logFile where the details are, named in the message to the user (null when there is no log file) */
    public UncaughtErrors(Path logFile) {
        this.logFile = logFile;
    }

    /** Makes {@code handler} the JVM's default uncaught-exception handler and returns it. */
    public static UncaughtErrors installDefault(UncaughtErrors handler) {
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    /** From now on the user is told through {@code tell} (called on the thread that failed). */
    public void tellUserWith(Consumer<String> tell) {
        teller.set(Objects.requireNonNull(tell));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            String signature = signature(error);
            int count = seen.merge(signature, 1, Integer::sum);
            String where = thread == null ? "a background task" : "thread " + thread.getName();
            if (count <= FULL_LOGS_PER_FAILURE) {
                LOG.log(Level.ERROR, "Uncaught exception in " + where, error);
            } else if (Integer.bitCount(count) == 1) {
                LOG.log(Level.ERROR, "The same uncaught exception again in " + where + " (" + count + " times): "
                        + error);
            }
            if (count == 1) {
                teller.get().accept(messageFor(error));
            }
        } catch (Throwable failure) {
            // A handler that throws would kill the thread it serves; standard error is the last place left.
            System.err.println("Recap Studio: uncaught " + error + " (and logging it failed: " + failure + ")");
        }
    }

    /** What the user reads: what failed, that the text is safe, where the details are. */
    String messageFor(Throwable error) {
        String what = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName() : error.getClass().getSimpleName() + ": " + error.getMessage();
        if (what.length() > 200) {
            what = what.substring(0, 200) + "…";
        }
        return "Something went wrong inside Recap Studio (" + what + "). Your text is safe and the window keeps "
                + "working; if it happens again, please report it"
                + (logFile == null ? "." : " with the log " + logFile + ".");
    }

    private static String signature(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        return error.getClass().getName() + ":" + error.getMessage() + "@" + (trace.length == 0 ? "" : trace[0]);
    }
}
