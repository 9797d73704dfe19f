package io.recapstudio.core.image;

import java.nio.file.Path;

/** The file is missing, is not an image this build can read, or is corrupt or truncated. */
public final class UnreadableImageException extends ImageException {

    public UnreadableImageException(Path file, String message, Throwable cause) {
        super(file, message, cause);
    }
}
