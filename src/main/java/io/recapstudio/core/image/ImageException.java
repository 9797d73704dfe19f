package io.recapstudio.core.image;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A problem with an image or a processing spec, with a message meant for the user: what is wrong, which file, and
 * what to do. Unchecked so that it crosses lambdas and background tasks; callers that show messages catch this one
 * type.
 */
public class ImageException extends RuntimeException {

    private final transient Path file;

    public ImageException(Path file, String message) {
        this(file, message, null);
    }

    public ImageException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The image file the problem is about, when there is one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
