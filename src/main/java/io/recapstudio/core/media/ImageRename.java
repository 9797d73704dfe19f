package io.recapstudio.core.media;

import io.recapstudio.core.image.ImageFiles;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.text.TextEdit;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames a bundle image and gives the edits that make every reference in the post follow: an {@code imgproc} name
 * (kept as short as it was: {@code stage} for {@code stage.jpg} becomes the new name without extension), a
 * {@code figure src}, Markdown links, and a literal {@code resources} src.
 */
public final class ImageRename {

    /** The file now and the edits to apply to the post's text (one undo step). */
    public record Result(Path renamed, List<TextEdit> edits) {
    }

    private ImageRename() {
    }

    /** The edits that point every reference to {@code oldName} at {@code newName} (bundle-relative names). */
    public static List<TextEdit> edits(PageBundle bundle, String oldName, String newName) {
        List<TextEdit> edits = new ArrayList<>();
        String newStem = stem(newName);
        for (ImageUsages.Usage usage : ImageUsages.of(bundle).of(oldName)) {
            String replacement = switch (usage.kind()) {
                case "imgproc" -> usage.reference().equalsIgnoreCase(oldName) ? newName : newStem;
                case "figure", "link" -> newName;
                default -> null;
            };
            if (replacement != null) {
                String written = bundle.post().text().substring(usage.range().start(), usage.range().end());
                char first = written.isEmpty() ? ' ' : written.charAt(0);
                boolean quoted = first == '"' || first == '`';
                edits.add(new TextEdit(usage.range(), quoted ? first + replacement + first : replacement));
            }
        }
        String text = bundle.post().text();
        int end = bundle.post().bodyStart();
        Matcher m = Pattern.compile("([\"' ]|src\\s*[:=]\\s*)(" + Pattern.quote(oldName) + ")(?=[\"'\\s,])")
                .matcher(text);
        m.region(0, Math.max(0, end));
        while (m.find()) {
            edits.add(TextEdit.replace(m.start(2), m.end(2), newName));
        }
        return edits;
    }

    /**
     * Renames {@code oldName} to a safe, unique form of {@code wanted} (lower case, no spaces; {@code -2} added when
     * taken) in the same folder and returns the edits for the post.
     *
     * @throws IOException when the file cannot be renamed (nothing changed then)
     */
    public static Result rename(PageBundle bundle, String oldName, String wanted) throws IOException {
        Path source = bundle.folder().resolve(oldName);
        Path folder = source.getParent();
        String extension = extension(oldName);
        String target = ImageFiles.safeFileName(wanted.toLowerCase(Locale.ROOT).endsWith(extension) ? wanted
                : wanted + extension);
        Path reserved = ImageFiles.reserveUniqueName(folder, target);
        try {
            Files.move(source, reserved, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(reserved);
            throw new IOException("cannot rename " + source + " in one step on this file system", e);
        } catch (IOException e) {
            Files.deleteIfExists(reserved);
            throw e;
        }
        String newName = bundle.folder().relativize(reserved).toString().replace('\\', '/');
        return new Result(reserved, edits(bundle, oldName, newName));
    }

    static String stem(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        return name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) + base : base;
    }

    private static String extension(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(dot).toLowerCase(Locale.ROOT) : "";
    }
}
