package io.recapstudio.ui.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The modification times of a bundle's folders (the bundle and every sub-folder) when it was listed: a file added,
 * removed or renamed in any of them changes its folder's time, so comparing says whether to list again.
 */
record FolderTimes(Map<Path, FileTime> times) {

    static final FolderTimes NONE = new FolderTimes(Map.of());

    static FolderTimes of(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return new FolderTimes(walk.filter(Files::isDirectory).collect(Collectors.toMap(p -> p, FolderTimes::time)));
        } catch (IOException | java.io.UncheckedIOException e) {
            return NONE;
        }
    }

    /** True when a folder's time differs now, or a folder is gone. */
    boolean changed() {
        return times.isEmpty() || times.entrySet().stream().anyMatch(e -> !time(e.getKey()).equals(e.getValue()));
    }

    private static FileTime time(Path dir) {
        try {
            return Files.getLastModifiedTime(dir);
        } catch (IOException e) {
            return FileTime.fromMillis(-1);
        }
    }
}
