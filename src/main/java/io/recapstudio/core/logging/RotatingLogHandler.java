package io.recapstudio.core.logging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A {@code java.util.logging} handler that appends to one file ({@code recap-studio.log}) and, when it would grow past
 * a size, renames it to {@code recap-studio.1.log} (the older ones to {@code .2}, {@code .3}, …, dropping the oldest)
 * and starts a new one. The file the user is asked to attach to a report is always called the same, unlike
 * {@link java.util.logging.FileHandler}'s numbered files and lock files.
 *
 * <p>Log files are appended, not written atomically: a crash can cut the last line short, which a log can afford.
 */
public final class RotatingLogHandler extends Handler {

    private final Path file;
    private final long maxBytes;
    private final int keep;
    private OutputStream out;
    private long size;

    /**
     * @param file     the current log file (its folder is created)
     * @param maxBytes size past which the file is rotated
     * @param keep     how many rotated files to keep beside the current one
     */
    public RotatingLogHandler(Path file, long maxBytes, int keep) throws IOException {
        this.file = file.toAbsolutePath();
        this.maxBytes = maxBytes;
        this.keep = Math.max(0, keep);
        Files.createDirectories(this.file.getParent());
        open();
        setFormatter(new LogLineFormatter());
    }

    /** The current log file. */
    public Path file() {
        return file;
    }

    /** {@code recap-studio.N.log} for {@code recap-studio.log}: the N-th older file. */
    Path rotated(int n) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String rotatedName = dot > 0 ? name.substring(0, dot) + "." + n + name.substring(dot) : name + "." + n;
        return file.resolveSibling(rotatedName);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (out == null || !isLoggable(record)) {
            return;
        }
        byte[] line;
        try {
            line = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            reportError("cannot format a log record", e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        try {
            if (size > 0 && size + line.length > maxBytes) {
                rotate();
            }
            out.write(line);
            out.flush();
            size += line.length;
        } catch (IOException e) {
            reportError("cannot write to " + file, e, ErrorManager.WRITE_FAILURE);
        }
    }

    private void open() throws IOException {
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        size = Files.size(file);
    }

    private void rotate() throws IOException {
        out.close();
        out = null;
        if (keep == 0) {
            Files.deleteIfExists(file);
        } else {
            Files.deleteIfExists(rotated(keep));
            for (int n = keep - 1; n >= 1; n--) {
                if (Files.exists(rotated(n))) {
                    Files.move(rotated(n), rotated(n + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
        }
        open();
    }

    @Override
    public synchronized void flush() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                reportError("cannot flush " + file, e, ErrorManager.FLUSH_FAILURE);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                reportError("cannot close " + file, e, ErrorManager.CLOSE_FAILURE);
            }
            out = null;
        }
    }

    /** {@code 2024-05-25T10:00:00.123Z WARNING io.recapstudio.ui [recap-open] message}, then the stack trace. */
    static final class LogLineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(160);
            line.append(record.getInstant()).append(' ').append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(" [").append(threadName(record)).append("] ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }

        private static String threadName(LogRecord record) {
            long id = record.getLongThreadID();
            Thread current = Thread.currentThread();
            return current.getId() == id ? current.getName() : "thread " + id;
        }
    }
}
