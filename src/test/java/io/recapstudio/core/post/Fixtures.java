package io.recapstudio.core.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The round-trip fixtures under {@code src/test/resources/fixtures/posts}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path folder() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/posts").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code .md} fixture file. */
    public static List<Path> posts() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path post(String name) {
        return folder().resolve(name);
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(post(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
