package io.recapstudio.core.image;

import java.nio.file.Path;

/**
 * A processed image in the preview cache.
 *
 * @param file       the cached file (for the preview to load)
 * @param size       Hugo's output size (the {@code width}/{@code height} attributes Hugo renders)
 * @param hugoFormat the format Hugo writes; the cached file is PNG instead when Hugo's format is one this build
 *                   cannot write (WebP) or a browser cannot show (TIFF, BMP)
 */
public record CachedImage(Path file, Size size, ImageFormat hugoFormat) {
}
