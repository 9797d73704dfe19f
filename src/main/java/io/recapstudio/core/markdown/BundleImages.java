package io.recapstudio.core.markdown;

import java.nio.file.Path;
import java.util.List;

/** The images of a page bundle as Hugo's page resources see them, and Hugo's image processing on them. */
public interface BundleImages {

    /**
     * Hugo's {@code .Resources.Match PATTERN} restricted to images: every image whose bundle-relative path matches
     * the glob (case-insensitive; {@code *} stays inside a folder, {@code **} crosses folders), in Hugo's resource
     * order. {@code GetMatch} is the first of them.
     */
    List<Path> match(String pattern);

    /** Hugo's {@code $image.Resize/Fit/Fill/Crop OPTIONS}: the processed image, at the size Hugo would produce. */
    ProcessedImage process(Path source, String command, String options) throws ShortcodeException;

    /** The width and height of an image file, without processing it. */
    ProcessedImage original(Path source) throws ShortcodeException;

    /** A processed (or original) image file and its pixel size. */
    record ProcessedImage(Path file, int width, int height) {
    }
}
