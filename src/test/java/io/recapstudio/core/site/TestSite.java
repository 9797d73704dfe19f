package io.recapstudio.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes fictional Hugo sites into a test folder. */
public final class TestSite {

    private final Path root;

    public TestSite(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes a file (creating folders) and returns its path. */
    public Path write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A bundle {@code dir/index.md} with YAML front matter made of {@code frontMatterLines}. */
    public Path bundle(String dir, String... frontMatterLines) {
        return write(dir + "/index.md", "---\n" + String.join("\n", frontMatterLines) + "\n---\n\nBody.\n");
    }

    public Site open() {
        return Site.open(root);
    }
}
