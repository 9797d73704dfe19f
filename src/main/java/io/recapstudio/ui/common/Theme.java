package io.recapstudio.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.recapstudio.core.system.DaemonThreads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The app's look: AtlantaFX PrimerLight or PrimerDark for the controls (their {@code -color-*} variables), the
 * style class {@value #DARK_CLASS} on the scene's root for the app's own looked-up colours (app.css, editor.css),
 * and the best monospaced font installed for the editor. The choice (light, dark, follow the system) is the user's,
 * kept under {@value #SETTINGS_KEY}; "follow the system" reads the desktop's colour scheme where it can be read
 * (GNOME's {@code color-scheme}, a {@code GTK_THEME} ending in {@code :dark}) and is light elsewhere.
 */
public final class Theme {

    public static final String SETTINGS_KEY = "view.theme";
    public static final String DARK_CLASS = "theme-dark";

    private static final List<String> MONOSPACED = List.of("JetBrains Mono", "Cascadia Mono", "SF Mono", "Menlo",
            "Consolas", "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Monospaced");

    /** What the user chose. */
    public enum Choice {
        LIGHT("Light"), DARK("Dark"), SYSTEM("Follow System");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The choice stored as {@code text}, or {@code fallback} for anything else (a damaged settings file). */
        public static Choice parse(String text, Choice fallback) {
            for (Choice choice : values()) {
                if (choice.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return choice;
                }
            }
            return fallback;
        }
    }

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark", false);
    private volatile boolean systemDark;

    /** The theme the settings name (follow the system when they name none), kept there when it changes. */
    public Theme(AppSettings settings) {
        choice.set(Choice.parse(settings.get(SETTINGS_KEY, null), Choice.SYSTEM));
        choice.addListener((o, old, now) -> {
            settings.put(SETTINGS_KEY, now.name());
            update();
        });
        update();
        if (choice.get() == Choice.SYSTEM) {
            // A process start is cheap but not free: asked off the FX thread, applied when answered.
            DaemonThreads.start("recap-theme-probe", () -> {
                boolean answer = systemPrefersDark();
                Platform.runLater(() -> {
                    systemDark = answer;
                    update();
                });
            });
        }
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /** True while the window is dark (the dark choice, or the system's dark scheme followed). */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Keeps {@code scene}'s root marked with the theme ({@value #DARK_CLASS} while dark). */
    public void attach(Scene scene) {
        Consumer<Boolean> mark = on -> {
            if (scene.getRoot() == null) {
                return;
            }
            var classes = scene.getRoot().getStyleClass();
            classes.remove(DARK_CLASS);
            if (on) {
                classes.add(DARK_CLASS);
            }
        };
        mark.accept(dark.get());
        dark.addListener((o, was, on) -> mark.accept(on));
    }

    private void update() {
        boolean isDark = switch (choice.get()) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> systemDark;
        };
        apply(isDark);
        dark.set(isDark);
    }

    /** Sets the light user agent stylesheet of the application (tests and tools that need no choice). */
    public static void apply() {
        apply(false);
    }

    /** Sets the application's user agent stylesheet: AtlantaFX PrimerDark or PrimerLight. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Whether the desktop asks for dark colours, where that can be read; false where it cannot. */
    static boolean systemPrefersDark() {
        String gtkTheme = System.getenv("GTK_THEME");
        if (gtkTheme != null && gtkTheme.toLowerCase(Locale.ROOT).endsWith(":dark")) {
            return true;
        }
        return gsettings("org.gnome.desktop.interface", "color-scheme").map(v -> v.contains("prefer-dark"))
                .orElse(false);
    }

    private static Optional<String> gsettings(String schema, String key) {
        try {
            Process process = new ProcessBuilder("gsettings", "get", schema, key).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text.strip()) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // no gsettings: not a GNOME desktop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The first installed font of a list of good programming fonts. */
    public static String monospacedFamily() {
        List<String> installed = Font.getFamilies();
        return MONOSPACED.stream().filter(installed::contains).findFirst().orElse("Monospaced");
    }
}
