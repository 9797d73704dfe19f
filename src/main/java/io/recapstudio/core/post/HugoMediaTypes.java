package io.recapstudio.core.post;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Hugo 0.111's resource type (the main media type, or {@code page} for content files) by file extension. */
final class HugoMediaTypes {

    private static final Map<String, String> TYPES = new HashMap<>();

    static {
        register("image", "jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff", "svg", "avif", "heic", "heif",
                "ico");
        register("page", "md", "markdown", "mdown", "html", "htm", "adoc", "asciidoc", "rst", "org", "pandoc", "pdc");
        register("text", "txt", "css", "csv", "js", "mjs", "jsx", "ts", "tsx", "scss", "sass", "ics");
        register("application", "json", "pdf", "rss", "tar", "toml", "wasm", "xml", "yaml", "yml", "zip", "gz");
        register("audio", "mp3", "m4a", "oga", "ogg", "wav");
        register("video", "mp4", "webm", "mov", "ogv", "avi");
        register("font", "woff", "woff2", "ttf", "otf");
    }

    private HugoMediaTypes() {
    }

    private static void register(String type, String... extensions) {
        for (String extension : extensions) {
            TYPES.put(extension, type);
        }
    }

    /** The resource type of a file named {@code name}: a file without extension is {@code application}. */
    static String resourceType(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot < 0) {
            return "application";
        }
        return TYPES.getOrDefault(base.substring(dot + 1).toLowerCase(Locale.ROOT), "");
    }
}
