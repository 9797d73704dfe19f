package io.recapstudio.core.markdown;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/** How rendered HTML refers to a local file (a bundle image or a processed one). */
@FunctionalInterface
public interface ResourceUrls {

    /**
     * The URL for {@code file}.
     *
     * @throws UncheckedIOException when the file must be read and cannot be
     */
    String urlFor(Path file);

    /** {@code file:} URLs: the preview's WebView loads bundle images from disk. */
    static ResourceUrls fileUrls() {
        return ResourceUrls::fileUrl;
    }

    /** The file: URL of {@code file}, built without touching the disk (Path.toUri asks whether it is a folder). */
    static String fileUrl(Path file) {
        String path = file.toAbsolutePath().normalize().toString().replace(java.io.File.separatorChar, '/');
        try {
            return new java.net.URI("file", "", path.startsWith("/") ? path : "/" + path, null, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return file.toAbsolutePath().normalize().toUri().toString();
        }
    }

    /** The media type of an image file, from its extension. */
    static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "svg" -> "image/svg+xml";
            case "bmp" -> "image/bmp";
            case "tif", "tiff" -> "image/tiff";
            default -> "application/octet-stream";
        };
    }
}
