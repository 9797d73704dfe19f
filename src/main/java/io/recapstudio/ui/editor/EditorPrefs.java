package io.recapstudio.ui.editor;

import io.recapstudio.ui.common.AppSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** Editor preferences shared by every tab of a window: font size (zoom) and soft wrap. */
public final class EditorPrefs {

    public static final double DEFAULT_FONT_SIZE = 14;
    public static final double MIN_FONT_SIZE = 8;
    public static final double MAX_FONT_SIZE = 40;

    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final BooleanProperty wrap = new SimpleBooleanProperty(this, "wrap", true);

    public static EditorPrefs from(AppSettings settings) {
        EditorPrefs prefs = new EditorPrefs();
        prefs.fontSize.set(clamp(settings.getDouble("editor.fontSize", DEFAULT_FONT_SIZE)));
        prefs.wrap.set(settings.getBoolean("editor.wrap", true));
        prefs.fontSize.addListener((o, a, b) -> settings.put("editor.fontSize", b.toString()));
        prefs.wrap.addListener((o, a, b) -> settings.put("editor.wrap", b.toString()));
        return prefs;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public BooleanProperty wrapProperty() {
        return wrap;
    }

    public void zoomIn() {
        fontSize.set(clamp(fontSize.get() + 1));
    }

    public void zoomOut() {
        fontSize.set(clamp(fontSize.get() - 1));
    }

    public void resetZoom() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    private static double clamp(double size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }
}
