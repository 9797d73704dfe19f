package io.recapstudio.core.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a site's configuration as Hugo does for a build: the root file ({@code hugo.toml|yaml|yml|json}, else
 * {@code config.toml|yaml|yml|json}; the first found) and the config directory: {@code config/_default/} then
 * {@code config/production/} ({@code hugo} builds in the production environment), where {@code hugo.*} and
 * {@code config.*} hold root keys, any other file holds the key it is named after ({@code params.toml} →
 * {@code params}, {@code languages.yaml} → {@code languages}) and {@code name.<lang>.*} belongs to that language
 * ({@code menus.en.toml} → {@code languages.en.menus}). The root file is merged last, so it wins.
 */
public final class SiteConfigLoader {

    /** Root config file names in Hugo's order of precedence. */
    public static final List<String> ROOT_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");

    private SiteConfigLoader() {
    }

    /** Whether {@code dir} holds a Hugo config (a root file or {@code config/_default/}). */
    public static boolean isSiteRoot(Path dir) {
        return rootFile(dir).isPresent() || Files.isDirectory(dir.resolve("config/_default"));
    }

    /** The root config file that Hugo would read, if any. */
    public static Optional<Path> rootFile(Path dir) {
        return ROOT_FILES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
    }

    /**
     * @throws SiteException when a config file cannot be read or parsed (with its line), or none exists
     */
    public static SiteConfig load(Path root) {
        Map<String, Object> merged = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (String env : List.of("_default", "production")) {
            Path dir = root.resolve("config").resolve(env);
            if (Files.isDirectory(dir)) {
                for (Path file : dataFiles(dir)) {
                    mergeDirFile(merged, file, read(file));
                    files.add(root.relativize(file));
                }
            }
        }
        Optional<Path> rootFile = rootFile(root);
        if (rootFile.isPresent()) {
            merged = Maps.merge(merged, read(rootFile.get()));
            files.add(root.relativize(rootFile.get()));
        }
        if (files.isEmpty() && !isSiteRoot(root)) {
            throw new SiteNotFoundException(root);
        }
        return new SiteConfig(merged, files);
    }

    private static List<Path> dataFiles(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).filter(f -> DataFormat.ofFile(f).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new SiteException(dir, 0, "cannot list the config folder: " + e.getMessage(), e);
        }
    }

    private static void mergeDirFile(Map<String, Object> merged, Path file, Map<String, Object> values) {
        String name = file.getFileName().toString();
        String[] parts = name.substring(0, name.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT).split("\\.");
        if (parts.length == 1 && (parts[0].equals("hugo") || parts[0].equals("config"))) {
            merged.putAll(Maps.merge(merged, values));
            return;
        }
        List<String> path = parts.length == 2 && !parts[0].equals("languages")
                ? List.of("languages", parts[1], parts[0]) : Arrays.asList(parts);
        Maps.putPath(merged, path, values);
    }

    private static Map<String, Object> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteException(file, 0, "cannot read the config file: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        DataFormat format = DataFormat.ofFile(file).orElseThrow();
        return DataParser.lowerCaseKeys(DataParser.parseMap(format, text, file));
    }
}
