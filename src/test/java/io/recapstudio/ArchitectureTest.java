package io.recapstudio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the dependency direction of the architecture: core and cli never import JavaFX or the UI. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/io/recapstudio");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void coreImportsNoJavaFxAndNothingAboveIt() throws IOException {
        assertThat(offendingImports(MAIN.resolve("core"), List.of("javafx.", "io.recapstudio.ui.", "io.recapstudio.cli.",
                "org.fxmisc.", "com.sun.javafx.", "netscape.javascript."))).isEmpty();
    }

    @Test
    void cliImportsNoJavaFxAndNoUi() throws IOException {
        assertThat(offendingImports(MAIN.resolve("cli"), List.of("javafx.", "io.recapstudio.ui.", "org.fxmisc.")))
                .isEmpty();
    }

    private static List<String> offendingImports(Path root, List<String> forbidden) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    String source = Files.readString(p);
                    return IMPORT.matcher(source).results().map(m -> m.group(2))
                            .filter(name -> forbidden.stream().anyMatch(name::startsWith))
                            .map(name -> root.relativize(p) + " imports " + name);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
