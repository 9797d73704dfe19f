package io.recapstudio.core.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file of an export plan.
 *
 * @param name   its path inside the bundle, with {@code /} separators ({@code index.md}, {@code photos/a.jpg})
 * @param source the file it is copied from, or empty when its content is {@code content} (the post)
 * @param content the bytes to write when there is no source file
 * @param size   its size in bytes
 * @param change what it does to the bundle already at the target
 * @param maxWidth the width an image is downscaled to when written, or null to copy it byte for byte
 */
public record PlannedFile(String name, Optional<Path> source, byte[] content, long size, Change change,
                          Integer maxWidth) {

    /** What writing this file changes at the target. */
    public enum Change {
        /** The target bundle has no such file. */
        ADDED,
        /** The target has it with other bytes. */
        CHANGED,
        /** The target has exactly these bytes. */
        UNCHANGED
    }

    /** True when the file is written from bytes in memory (the post's text). */
    public boolean fromMemory() {
        return source.isEmpty();
    }
}
