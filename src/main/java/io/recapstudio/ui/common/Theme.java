package io.recapstudio.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.text.Font;

/** The app's look: AtlantaFX PrimerLight for the controls and the best monospaced font installed for the editor. */
public final class Theme {

    private static final List<String> MONOSPACED = List.of("JetBrains Mono", "Cascadia Mono", "SF Mono", "Menlo",
            "Consolas", "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Monospaced");

    private Theme() {
    }

    /** Sets the user agent stylesheet of the application (once, at start). */
    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** The first installed font of a list of good programming fonts. */
    public static String monospacedFamily() {
        List<String> installed = Font.getFamilies();
        return MONOSPACED.stream().filter(installed::contains).findFirst().orElse("Monospaced");
    }
}
