package io.recapstudio.core.site;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The three data formats Hugo reads for config and front matter. */
public enum DataFormat {
    YAML, TOML, JSON;

    /** The format of a file by its extension ({@code .yaml}, {@code .yml}, {@code .toml}, {@code .json}). */
    public static Optional<DataFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (name.endsWith(".toml")) {
            return Optional.of(TOML);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
