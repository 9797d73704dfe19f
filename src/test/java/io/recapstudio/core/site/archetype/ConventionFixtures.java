package io.recapstudio.core.site.archetype;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the look-alike sites of {@code fixtures/conventions} (written for these tests) into a test folder. */
public final class ConventionFixtures {

    private ConventionFixtures() {
    }

    /** A copy of fixture site {@code name} ({@code yaml-site}, {@code toml-site}, {@code json-site}) in {@code dir}. */
    public static Path copy(String name, Path dir) {
        try {
            Path source = Path.of(ConventionFixtures.class.getResource("/fixtures/conventions/" + name).toURI());
            Path target = dir.resolve(name);
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.toList()) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
