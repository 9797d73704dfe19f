package io.recapstudio.ui.media;

import io.recapstudio.core.image.ImageException;
import io.recapstudio.core.image.ImageInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** What the media list shows of an image file: its (EXIF-turned) size and its bytes. */
record ImageFacts(int width, int height, long bytes) {

    /** Facts read once per file version (path, size, modification time); the header is read only when it changed. */
    static final class Cache {
        private final Map<Path, Entry> entries = new HashMap<>();

        private record Entry(long size, long modified, ImageFacts facts) {
        }

        ImageFacts of(Path file) {
            long size;
            long modified;
            try {
                size = Files.size(file);
                modified = Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                return new ImageFacts(0, 0, 0);
            }
            Entry hit = entries.get(file);
            if (hit != null && hit.size() == size && hit.modified() == modified) {
                return hit.facts();
            }
            ImageFacts facts;
            try {
                ImageInfo info = ImageInfo.read(file);
                facts = new ImageFacts(info.orientedSize().width(), info.orientedSize().height(), info.fileSize());
            } catch (ImageException e) {
                facts = new ImageFacts(0, 0, size);
            }
            entries.put(file, new Entry(size, modified, facts));
            return facts;
        }
    }
}
