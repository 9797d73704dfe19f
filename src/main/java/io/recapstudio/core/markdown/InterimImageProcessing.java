package io.recapstudio.core.markdown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Image sizes until the image core lands: header sizes and sizes from simple math, the original file shown. */
final class InterimImageProcessing implements BundleImagesProvider.ImageProcessing {

    @Override
    public BundleImages.ProcessedImage process(Path source, String command, String options) throws ShortcodeException {
        BundleImages.ProcessedImage original = original(source);
        int w = 0;
        int h = 0;
        for (String option : options.trim().split("\\s+")) {
            var size = Pattern.compile("^(\\d*)x(\\d*)$").matcher(option.toLowerCase(Locale.ROOT));
            if (size.matches()) {
                w = size.group(1).isEmpty() ? 0 : Integer.parseInt(size.group(1));
                h = size.group(2).isEmpty() ? 0 : Integer.parseInt(size.group(2));
            }
        }
        if (w == 0 && h == 0) {
            throw new ShortcodeException("image-spec", "\"" + options + "\" has no size: write e.g. \"600x\"");
        }
        double ratio = (double) original.width() / original.height();
        if (command.equals("Resize") || command.equals("Fit")) {
            if (command.equals("Fit")) {
                double scale = Math.min(Math.min(1, (double) w / original.width()), (double) h / original.height());
                return new BundleImages.ProcessedImage(source, (int) Math.round(original.width() * scale),
                        (int) Math.round(original.height() * scale));
            }
            return new BundleImages.ProcessedImage(source, w == 0 ? (int) Math.round(h * ratio) : w,
                    h == 0 ? (int) Math.round(w / ratio) : h);
        }
        return new BundleImages.ProcessedImage(source, w, h);
    }

    @Override
    public BundleImages.ProcessedImage original(Path source) throws ShortcodeException {
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ShortcodeException("image-unreadable", source.getFileName() + " is not an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new BundleImages.ProcessedImage(source, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ShortcodeException("image-unreadable", "cannot read " + source.getFileName(), e);
        }
    }
}
