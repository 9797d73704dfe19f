package io.recapstudio.core.image;

import java.nio.file.Path;

/**
 * The image (or the result a spec asks for) has more pixels than the limits allow; refused before any large
 * allocation, so a decompression bomb never becomes an {@link OutOfMemoryError}.
 */
public final class ImageTooLargeException extends ImageException {

    public ImageTooLargeException(Path file, String message) {
        super(file, message);
    }
}
