package io.recapstudio.ui.common;

import io.recapstudio.core.system.UserFolders;
import io.recapstudio.core.post.AtomicFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The user's preferences and app state (recent files, last session, font size, wrap, pane layout), kept in
 * {@code settings.properties} in the user's config folder and written atomically. Features keep their own
 * preferences here under their own key prefix (e.g. {@code frontmatter.author}).
 */
public final class AppSettings {

    public static final String FILE_NAME = "settings.properties";
    private static final int MAX_RECENT = 10;

    private final Path file;
    private final Properties values = new Properties();
    private final String loadProblem;

    private AppSettings(Path file, String loadProblem) {
        this.file = file;
        this.loadProblem = loadProblem;
    }

    /**
     * The user's config folder: the system property {@code recap.config.dir} when set, else
     * {@code $XDG_CONFIG_HOME/recap-studio}, {@code %APPDATA%\RecapStudio}, or {@code ~/.config/recap-studio}.
     */
    public static Path defaultDir() {
        return UserFolders.current().config();
    }

    /** Loads the settings in {@code dir}; a missing file gives the defaults, an unreadable one too (and says so). */
    public static AppSettings load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new AppSettings(file, null);
        }
        AppSettings settings;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings = new AppSettings(file, null);
            settings.values.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            settings = new AppSettings(file, "Your settings in " + file + " could not be read (" + e.getMessage()
                    + "); Recap Studio started with the defaults and will write them anew.");
        }
        return settings;
    }

    /** Why the settings file could not be read, or null. */
    public String loadProblem() {
        return loadProblem;
    }

    public Path file() {
        return file;
    }

    /** Writes the settings atomically. */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        StringWriter text = new StringWriter();
        values.store(text, "Recap Studio settings");
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The whole number under {@code key}; {@code fallback} when it is missing or not a whole number. */
    public int getInt(String key, int fallback) {
        String v = values.getProperty(key);
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    /** Recently opened posts, most recent first. */
    public List<Path> recentFiles() {
        return paths("recent.");
    }

    /** Puts {@code post} first in the recent files (at most ten are kept). */
    public void addRecent(Path post) {
        LinkedHashSet<Path> recent = new LinkedHashSet<>();
        recent.add(post.toAbsolutePath().normalize());
        recent.addAll(recentFiles());
        setPaths("recent.", new ArrayList<>(recent).subList(0, Math.min(MAX_RECENT, recent.size())));
    }

    public void removeRecent(Path post) {
        List<Path> recent = new ArrayList<>(recentFiles());
        recent.remove(post.toAbsolutePath().normalize());
        setPaths("recent.", recent);
    }

    public void clearRecent() {
        setPaths("recent.", List.of());
    }

    /** The posts open when the app last closed. */
    public List<Path> lastSession() {
        return paths("session.");
    }

    public void setLastSession(List<Path> posts) {
        setPaths("session.", posts);
    }

    private List<Path> paths(String prefix) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            String v = values.getProperty(prefix + i);
            if (v == null) {
                return out;
            }
            out.add(Path.of(v));
        }
    }

    private void setPaths(String prefix, List<Path> paths) {
        values.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).toList().forEach(values::remove);
        for (int i = 0; i < paths.size(); i++) {
            values.setProperty(prefix + i, paths.get(i).toString());
        }
    }
}
