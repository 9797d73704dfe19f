package io.recapstudio.ui.media;

import io.recapstudio.core.media.ImageUsages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** One bundle image as the media panel lists it. */
record MediaItem(String name, Path file, int width, int height, long bytes, List<ImageUsages.Usage> usages,
                 Optional<String> glob, boolean featured) {

    boolean unused() {
        return usages.isEmpty();
    }

    /** The second line of the list: size, what uses it, its resources glob. */
    String details() {
        String used = unused() ? "unused" : "used by " + usages.stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        return width + " × " + height + " · " + human(bytes) + " · " + used + glob.map(g -> " · resources " + g)
                .orElse("");
    }

    static String human(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / 1048576.0);
    }
}
