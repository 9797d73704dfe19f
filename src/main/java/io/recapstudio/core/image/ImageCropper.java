package io.recapstudio.core.image;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a user's crop as a new image beside the original (or to a chosen file), atomically; the original is never
 * touched. Only the rectangle is decoded, so cropping a part of a huge photo stays within the pixel budget.
 */
public final class ImageCropper {

    private final ImageLimits limits;

    public ImageCropper() {
        this(ImageLimits.DEFAULT);
    }

    public ImageCropper(ImageLimits limits) {
        this.limits = limits;
    }

    /** The file written and its size. */
    public record CropResult(Path file, Size size) {
    }

    /**
     * Writes the crop into the source's folder as {@code NAME-crop.EXT} (or {@code NAME-crop-2.EXT}, … when taken).
     *
     * @throws ImageException when the source cannot be read, the rectangle leaves the image, or writing fails
     */
    public CropResult cropToNewFile(Path source, CropRequest request) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        ImageFormat format = outputFormat(source, request);
        BufferedImage image = render(source, request);
        Path dir = source.toAbsolutePath().getParent();
        Path file = ImageFiles.writeNew(image, format, request.quality(), dir, stem + "-crop." + format.extension());
        return new CropResult(file, new Size(image.getWidth(), image.getHeight()));
    }

    /**
     * Writes the crop to {@code target} (the format from its extension), replacing it atomically only when
     * {@code overwrite} is set; the UI keeps a copy for undo before replacing an original.
     */
    public CropResult cropTo(Path source, CropRequest request, Path target, boolean overwrite) {
        if (Files.exists(target) && !overwrite) {
            throw new ImageException(target, target + " already exists: choose another name or confirm replacing it");
        }
        ImageFormat format = ImageFormat.fromPath(target).orElseGet(() -> outputFormat(source, request));
        BufferedImage image = render(source, request);
        ImageFiles.write(image, format, request.quality(), target);
        return new CropResult(target, new Size(image.getWidth(), image.getHeight()));
    }

    /** The cropped, turned and scaled pixels. */
    public BufferedImage render(Path source, CropRequest request) {
        Size size = ImageReading.header(source).size();
        if (!request.rect().fitsIn(size)) {
            throw new ImageException(source, "the crop " + request.rect().size() + " at " + request.rect().x() + ","
                    + request.rect().y() + " leaves " + source + " (" + size + "): keep it inside the image");
        }
        Size out = request.outputSize();
        if (out.pixels() > limits.maxOutputPixels()) {
            throw new ImageTooLargeException(source, "a " + out + " crop is more than the "
                    + ImageLimits.megapixels(limits.maxOutputPixels()) + " this app writes: choose a smaller size");
        }
        BufferedImage cut = ImageReading.decode(source, limits, request.rect(), 1, false).image();
        BufferedImage turned = Transforms.turnClockwise(cut, request.quarterTurns());
        return Transforms.scale(turned, out, ResampleFilter.LANCZOS);
    }

    private static ImageFormat outputFormat(Path source, CropRequest request) {
        if (request.format() != null) {
            return request.format();
        }
        ImageFormat own = ImageFormat.fromPath(source).orElseGet(() -> ImageReading.header(source).format());
        return own.canWrite() ? own : ImageFormat.PNG;
    }
}
