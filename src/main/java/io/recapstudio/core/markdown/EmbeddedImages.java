package io.recapstudio.core.markdown;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The images of one standalone render ({@code recap render}): while the pipeline runs, every bundle image and
 * processed image it shows is remembered and referred to by its {@code file:} URL, as in the preview; writing the
 * document ({@link StandaloneDocument}) then embeds each of these files once and points every {@code <img>} showing
 * it at that one copy. Only the files recorded here are ever embedded, never another {@code file:} URL that text in
 * the post might hold. One per render; not thread-safe.
 */
public final class EmbeddedImages implements ResourceUrls {

    private final Map<String, Path> files = new LinkedHashMap<>();

    @Override
    public String urlFor(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String url = ResourceUrls.fileUrl(absolute);
        files.putIfAbsent(url, absolute);
        return url;
    }

    /** The files recorded, by the URL the rendered HTML refers to them with, in the order they were first shown. */
    Map<String, Path> byUrl() {
        return files;
    }
}
