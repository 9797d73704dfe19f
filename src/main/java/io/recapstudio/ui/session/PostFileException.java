package io.recapstudio.ui.session;

import java.nio.file.Path;

/** A post could not be read or written; the message says which file, why, and what to do. */
public final class PostFileException extends Exception {

    private final transient Path file;

    public PostFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
