package io.recapstudio.core.export;

/** An export that could not be planned or written; the message says what and what to do. */
public class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
