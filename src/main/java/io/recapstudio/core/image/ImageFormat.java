package io.recapstudio.core.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The image formats Hugo processes, with the file extensions Hugo maps to each. */
public enum ImageFormat {
    JPEG("jpg", "jpeg", List.of("jpg", "jpeg", "jpe", "jif", "jfif")),
    PNG("png", "png", List.of("png")),
    GIF("gif", "gif", List.of("gif")),
    TIFF("tif", "tiff", List.of("tif", "tiff")),
    BMP("bmp", "bmp", List.of("bmp")),
    WEBP("webp", "webp", List.of("webp"));

    private final String extension;
    private final String imageIoName;
    private final List<String> extensions;

    ImageFormat(String extension, String imageIoName, List<String> extensions) {
        this.extension = extension;
        this.imageIoName = imageIoName;
        this.extensions = extensions;
    }

    /** The default file extension, without a dot ({@code jpg}, {@code png}, …). */
    public String extension() {
        return extension;
    }

    /** The format name ImageIO writers know. */
    String imageIoName() {
        return imageIoName;
    }

    /** Whether this build can write the format here (WebP when the bundled libwebp encoder loads on this machine). */
    public boolean canWrite() {
        return this != WEBP || WebpEncoding.available();
    }

    /** JPEG has no alpha channel: transparent pixels are filled with the background colour, as Hugo does. */
    public boolean supportsTransparency() {
        return this != JPEG;
    }

    /** JPEG and WebP get a quality (Hugo's default 75). */
    public boolean usesQuality() {
        return this == JPEG || this == WEBP;
    }

    /** From an extension with or without the dot, case-insensitive, as Hugo maps them ({@code .JPEG} is JPEG). */
    public static Optional<ImageFormat> fromExtension(String ext) {
        String e = ext.toLowerCase(Locale.ROOT);
        String bare = e.startsWith(".") ? e.substring(1) : e;
        for (ImageFormat f : values()) {
            if (f.extensions.contains(bare)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** From a file name's extension. */
    public static Optional<ImageFormat> fromPath(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : fromExtension(name.substring(dot + 1));
    }

    /** From the format name an ImageIO reader reports ({@code JPEG}, {@code png}, {@code webp}, …). */
    static Optional<ImageFormat> fromImageIoName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "jpeg", "jpg" -> Optional.of(JPEG);
            case "tif", "tiff" -> Optional.of(TIFF);
            case "wbmp" -> Optional.empty();
            default -> fromExtension(n);
        };
    }
}
