package io.recapstudio.ui.media;

import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.image.ImageException;
import io.recapstudio.core.image.Thumbnails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/**
 * Thumbnails made off the FX thread (one named worker; a subsampled decode in core) and kept in a small
 * least-recently-used memory cache keyed by file, size and modification time, so a re-listing costs nothing.
 */
final class ThumbnailCache {

    static final int SIDE = 96;
    private static final int CAPACITY = 400;

    private final ExecutorService worker = DaemonThreads.single("media-thumbnails");
    private final Map<String, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Calls {@code show} on the FX thread with the thumbnail of {@code file}, at once when cached. */
    void load(Path file, Consumer<Image> show) {
        String key = key(file);
        Image hit = cache.get(key);
        if (hit != null) {
            show.accept(hit);
            return;
        }
        CompletableFuture.supplyAsync(() -> {
            try {
                return SwingFXUtils.toFXImage(Thumbnails.create(file, SIDE, true), null);
            } catch (ImageException e) {
                System.getLogger(ThumbnailCache.class.getName()).log(System.Logger.Level.INFO,
                        "No thumbnail for " + file + ": " + e.getMessage());
                return null;
            }
        }, worker).thenAccept(image -> Platform.runLater(() -> {
            if (image != null) {
                cache.put(key, image);
                show.accept(image);
            }
        }));
    }

    private static String key(Path file) {
        try {
            return file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file.toString();
        }
    }

    void shutdown() {
        worker.shutdownNow();
    }
}
