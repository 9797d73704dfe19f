package io.recapstudio.core.system;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The per-user folders of Recap Studio, by the platform's rules: on Linux the XDG base directories
 * ({@code $XDG_CONFIG_HOME}, {@code $XDG_DATA_HOME}, {@code $XDG_STATE_HOME}, {@code $XDG_CACHE_HOME}, defaulting to
 * {@code ~/.config}, {@code ~/.local/share}, {@code ~/.local/state}, {@code ~/.cache}), on macOS
 * {@code ~/Library/Application Support} and {@code ~/Library/Caches}, on Windows {@code %APPDATA%} and
 * {@code %LOCALAPPDATA%}. Each folder can be set with a system property ({@code recap.config.dir},
 * {@code recap.data.dir}, {@code recap.state.dir}, {@code recap.cache.dir}), which tests and portable installs use.
 * Nothing is created here; the caller creates a folder when it first writes into it.
 *
 * @param config settings and preferences
 * @param data   the user's own files (the sample recap's copy, the recovery journal)
 * @param state  logs and window state
 * @param cache  what can be made again (processed preview images, thumbnails)
 */
public record UserFolders(Path config, Path data, Path state, Path cache) {

    private static final String LINUX_NAME = "recap-studio";
    private static final String DESKTOP_NAME = "Recap Studio";
    private static final String WINDOWS_NAME = "RecapStudio";

    /** The folders of the user running this process. */
    public static UserFolders current() {
        return resolve(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")),
                System::getenv, System::getProperty);
    }

    /**
     * The folders for an operating system, home folder, environment and system properties (given as look-ups, so
     * tests can try every platform).
     */
    public static UserFolders resolve(String osName, Path home, Function<String, String> env,
                                      Function<String, String> properties) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path config;
        Path data;
        Path state;
        Path cache;
        if (os.contains("win")) {
            Path roaming = pathOr(env.apply("APPDATA"), home.resolve("AppData/Roaming"));
            Path local = pathOr(env.apply("LOCALAPPDATA"), home.resolve("AppData/Local"));
            config = roaming.resolve(WINDOWS_NAME);
            data = roaming.resolve(WINDOWS_NAME);
            state = local.resolve(WINDOWS_NAME);
            cache = local.resolve(WINDOWS_NAME).resolve("Cache");
        } else if (os.contains("mac")) {
            Path support = home.resolve("Library/Application Support").resolve(DESKTOP_NAME);
            config = support;
            data = support;
            state = support;
            cache = home.resolve("Library/Caches").resolve(DESKTOP_NAME);
        } else {
            config = pathOr(env.apply("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(LINUX_NAME);
            data = pathOr(env.apply("XDG_DATA_HOME"), home.resolve(".local/share")).resolve(LINUX_NAME);
            state = pathOr(env.apply("XDG_STATE_HOME"), home.resolve(".local/state")).resolve(LINUX_NAME);
            cache = pathOr(env.apply("XDG_CACHE_HOME"), home.resolve(".cache")).resolve(LINUX_NAME);
        }
        Map<String, String> names = Map.of("config", "recap.config.dir", "data", "recap.data.dir",
                "state", "recap.state.dir", "cache", "recap.cache.dir");
        return new UserFolders(pathOr(properties.apply(names.get("config")), config),
                pathOr(properties.apply(names.get("data")), data),
                pathOr(properties.apply(names.get("state")), state),
                pathOr(properties.apply(names.get("cache")), cache));
    }

    /** XDG says a relative path in these variables is invalid and must be ignored. */
    private static Path pathOr(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? p : fallback;
    }
}
