package io.recapstudio.core.shortcode.compose;

import io.recapstudio.core.image.ImageFormat;
import io.recapstudio.core.image.ImageImporter;
import io.recapstudio.core.shortcode.Delimiter;
import io.recapstudio.core.shortcode.ShortcodeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Files dropped on the editor: image files are copied into the bundle (safe, unique, lower-case names; EXIF
 * orientation baked, location stripped) and each becomes an {@code imgproc} call; a folder of photos becomes a
 * sub-folder of the bundle and a {@code gallery} call whose {@code match} finds them.
 */
public final class DroppedFiles {

    /** The calls to insert and what could not be imported. */
    public record Result(String text, List<String> failures) {
    }

    private final ImageImporter importer;

    public DroppedFiles(ImageImporter importer) {
        this.importer = importer;
    }

    /** True when {@code files} holds an image or a folder, i.e. something this class takes. */
    public static boolean accepts(List<Path> files) {
        return files.stream().anyMatch(f -> Files.isDirectory(f) || ImageFormat.fromPath(f).isPresent());
    }

    /** Imports {@code files} into {@code bundleDir} and returns the calls for them, one paragraph each. */
    public Result importInto(Path bundleDir, List<Path> files) {
        List<Path> wanted = files.stream().filter(f -> Files.isDirectory(f) || ImageFormat.fromPath(f).isPresent())
                .toList();
        ImageImporter.Result result = importer.importInto(bundleDir, wanted, ImageImporter.Options.defaults(),
                null, null);
        List<String> calls = new ArrayList<>();
        Set<String> galleries = new LinkedHashSet<>();
        for (ImageImporter.Imported imported : result.imported()) {
            Path relative = bundleDir.relativize(imported.target());
            if (relative.getNameCount() > 1) {
                galleries.add(relative.getName(0).toString());
            } else {
                calls.add(imgproc(relative.toString(), imported.size().width()));
            }
        }
        galleries.forEach(folder -> calls.add(ShortcodeWriter.call("gallery", Delimiter.ANGLE)
                .named("match", folder + "/*").write()));
        List<String> failures = result.failures().stream().map(f -> f.source().getFileName() + ": " + f.message())
                .toList();
        return new Result(String.join("\n\n", calls), failures);
    }

    /**
     * An imgproc call in the style recap posts use for a bundle image of {@code width} pixels: the name without
     * extension, Resize to at most 800 wide, an empty caption line.
     */
    public static String imgproc(String fileName, int width) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String size = Math.min(800, Math.max(1, width)) + "x";
        return ShortcodeWriter.call("imgproc", Delimiter.ANGLE).positional(stem, "Resize", size)
                .inner("\n\n").write();
    }
}
