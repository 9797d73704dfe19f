package io.recapstudio.core.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * "Path → post" in one place. A post can be named by its bundle folder, by its {@code index.md} (or a branch
 * bundle's {@code _index.md}), or by a leaf {@code .md} file, relative or absolute, through links or not; these
 * helpers give every caller the same answer: which file holds the post's text, and whether two names mean one post.
 */
public final class PostPaths {

    private PostPaths() {
    }

    /**
     * The file holding the post's text: {@code index.md} of a bundle folder (or its {@code _index.md} when it has
     * only that), else {@code path} itself.
     */
    public static Path postFile(Path path) {
        if (Files.isDirectory(path)) {
            Path leaf = path.resolve(PageBundle.INDEX);
            Path branch = path.resolve(PageBundle.BRANCH_INDEX);
            return !Files.isRegularFile(leaf) && Files.isRegularFile(branch) ? branch : leaf;
        }
        return path;
    }

    /** True when {@code file} is a bundle's index ({@code index.md} or {@code _index.md}). */
    public static boolean isBundleIndex(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.equals(PageBundle.INDEX) || n.equals(PageBundle.BRANCH_INDEX);
    }

    /**
     * The one spelling of a post's file for comparisons: absolute, normalized and, when it exists, with links
     * resolved. A bundle folder gives its index file.
     */
    public static Path canonical(Path path) {
        Path file = postFile(path).toAbsolutePath().normalize();
        try {
            return Files.exists(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            return file;
        }
    }

    /** True when {@code a} and {@code b} name the same post (either may be null: then false). */
    public static boolean same(Path a, Path b) {
        return a != null && b != null && canonical(a).equals(canonical(b));
    }
}
