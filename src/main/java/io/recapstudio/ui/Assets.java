package io.recapstudio.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the app's {@code assets/} folder (sample recap bundle, icons). */
final class Assets {

    private Assets() {
    }

    /**
     * The system property {@code recap.assets} when set, else {@code ./assets} in the working folder, else an
     * {@code assets} folder next to the jar (or next to its {@code target/} folder in a build).
     */
    static Optional<Path> locate() {
        String property = System.getProperty("recap.assets");
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property)).filter(Files::isDirectory);
        }
        Path local = Path.of("assets");
        if (Files.isDirectory(local)) {
            return Optional.of(local.toAbsolutePath());
        }
        try {
            Path code = Path.of(Assets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("assets"))) {
                    return Optional.of(dir.resolve("assets"));
                }
                if (dir.equals(code.getParent().getParent())) {
                    break;
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The sample recap bundle opened on first start. */
    static Optional<Path> sampleRecap() {
        return locate().map(dir -> dir.resolve("sample-recap")).filter(d -> Files.isRegularFile(d.resolve("index.md")));
    }
}
