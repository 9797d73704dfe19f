package io.recapstudio.core.logging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the program's log ({@link System.Logger}, which the JDK backs with {@code java.util.logging} when no other
 * logging library is on the class path) to {@code logs/recap-studio.log} in the user's state folder: a few files of
 * about a megabyte each, the oldest dropped. Chosen over SLF4J and a backend because it needs no dependency, and
 * {@code System.Logger} is the logging API every part of the program (core included) can call.
 */
public final class LogFiles {

    /** The current log file's name. */
    public static final String FILE_NAME = "recap-studio.log";
    /** Size at which the log file is rotated. */
    public static final long MAX_BYTES = 1024 * 1024;
    /** Rotated files kept beside the current one. */
    public static final int KEEP = 4;

    private static RotatingLogHandler installed;

    private LogFiles() {
    }

    /**
     * Logs to {@code logsDir/recap-studio.log} from now on (at {@code INFO} and above), once per process: a second
     * call returns the file already in use.
     *
     * @return the log file, or empty when it cannot be created (the reason goes to standard error, and logging stays
     *         on the console)
     */
    public static synchronized Optional<Path> install(Path logsDir) {
        if (installed != null) {
            return Optional.of(installed.file());
        }
        try {
            RotatingLogHandler handler = new RotatingLogHandler(logsDir.resolve(FILE_NAME), MAX_BYTES, KEEP);
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            installed = handler;
            return Optional.of(handler.file());
        } catch (IOException | SecurityException e) {
            System.err.println("Recap Studio: cannot write the log in " + logsDir + " (" + e.getMessage()
                    + "); logging to the console only.");
            return Optional.empty();
        }
    }

    /** The log file in use, if {@link #install(Path)} succeeded. */
    public static synchronized Optional<Path> current() {
        return Optional.ofNullable(installed).map(RotatingLogHandler::file);
    }

    /** Flushes and closes the log file (at exit); later records go to the console only. */
    public static synchronized void close() {
        if (installed != null) {
            Logger.getLogger("").removeHandler(installed);
            Handler handler = installed;
            installed = null;
            handler.close();
        }
    }
}
