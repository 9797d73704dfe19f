package io.recapstudio.core.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Bundle images until the image and post cores land: glob matching, header sizes, sizes from simple math. */
final class InterimBundleImages implements BundleImages {

    private static final Pattern IMAGE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|bmp|tiff?)$");
    private final Path dir;

    InterimBundleImages(Path dir) {
        this.dir = dir;
    }

    @Override
    public List<Path> match(String pattern) {
        if (dir == null) {
            return List.of();
        }
        Pattern glob = Pattern.compile(globToRegex(pattern), Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> IMAGE.matcher(f.getFileName().toString()).matches())
                    .filter(f -> glob.matcher(dir.relativize(f).toString().replace('\\', '/')).matches())
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{') {
                regex.append('(');
            } else if (c == '}') {
                regex.append(')');
            } else if (c == ',') {
                regex.append('|');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    @Override
    public ProcessedImage process(Path source, String command, String options) throws ShortcodeException {
        ProcessedImage original = original(source);
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
                return new ProcessedImage(source, (int) Math.round(original.width() * scale),
                        (int) Math.round(original.height() * scale));
            }
            return new ProcessedImage(source, w == 0 ? (int) Math.round(h * ratio) : w,
                    h == 0 ? (int) Math.round(w / ratio) : h);
        }
        return new ProcessedImage(source, w, h);
    }

    @Override
    public ProcessedImage original(Path source) throws ShortcodeException {
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ShortcodeException("image-unreadable", source.getFileName() + " is not an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new ProcessedImage(source, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ShortcodeException("image-unreadable", "cannot read " + source.getFileName(), e);
        }
    }
}
