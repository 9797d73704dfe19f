package io.recapstudio.core.export;

import io.recapstudio.core.image.ImageCommand;
import io.recapstudio.core.image.ImageException;
import io.recapstudio.core.image.ImageFiles;
import io.recapstudio.core.image.ImageFormat;
import io.recapstudio.core.image.ImageInfo;
import io.recapstudio.core.image.ImageProcessor;
import io.recapstudio.core.image.ImageSpec;
import io.recapstudio.core.image.ProcessedImage;
import io.recapstudio.core.post.BundleResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Export's "downscale images over a width": Hugo's Resize to that width, in the image's own format. */
final class Downscale {

    private static final int QUALITY = 85;

    private Downscale() {
    }

    /** The width to downscale {@code resource} to, or null when it is copied as it is. */
    static Integer widthFor(BundleResource resource, Integer maxWidth) {
        if (maxWidth == null || !resource.isImage()) {
            return null;
        }
        Optional<ImageFormat> format = ImageFormat.fromPath(resource.file());
        if (format.isEmpty() || !format.get().canWrite() || format.get() == ImageFormat.GIF) {
            return null;
        }
        try {
            return ImageInfo.read(resource.file()).width() > maxWidth ? maxWidth : null;
        } catch (ImageException e) {
            return null;
        }
    }

    /** Writes {@code source} resized to {@code width} at {@code out}; returns the bytes written. */
    static long write(Path source, int width, Path out) throws IOException {
        try {
            ProcessedImage image = new ImageProcessor().process(source, ImageSpec.of(ImageCommand.RESIZE, width, 0));
            ImageFiles.write(image.image(), ImageFormat.fromPath(source).orElseThrow(), image.quality()
                    .orElse(QUALITY), out);
            return Files.size(out);
        } catch (ImageException e) {
            throw new IOException("cannot downscale " + source.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
