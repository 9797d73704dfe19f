package io.recapstudio.core.site;

import java.nio.file.Path;

/**
 * A problem with a Hugo site that the user has to fix or work around: an unreadable or malformed config file, a
 * folder that is not inside a site, an archetype Recap Studio cannot evaluate. The message names the file and, where
 * known, the line, and says what to do.
 */
public class SiteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String detail;

    /**
     * @param file   the file the problem is in, or null when it is about no single file
     * @param line   1-based line, or 0 when unknown
     * @param detail what is wrong and what to do
     */
    public SiteException(Path file, int line, String detail) {
        super(format(file, line, detail));
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    public SiteException(Path file, int line, String detail, Throwable cause) {
        super(format(file, line, detail), cause);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    /** The file the problem is in, or null. */
    public Path file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** What is wrong and what to do, without the file and line. */
    public String detail() {
        return detail;
    }

    private static String format(Path file, int line, String detail) {
        if (file == null) {
            return detail;
        }
        return file + (line > 0 ? ":" + line : "") + ": " + detail;
    }
}
