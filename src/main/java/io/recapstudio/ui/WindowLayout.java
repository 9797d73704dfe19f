package io.recapstudio.ui;

import io.recapstudio.ui.common.AppSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Which panes of a tab are shown and where the divider sits; shared by every tab of the window and remembered.
 * At least one of editor and preview is always shown.
 */
final class WindowLayout {

    private final BooleanProperty editorVisible = new SimpleBooleanProperty(this, "editorVisible", true);
    private final BooleanProperty previewVisible = new SimpleBooleanProperty(this, "previewVisible", true);
    private final DoubleProperty divider = new SimpleDoubleProperty(this, "divider", 0.5);

    WindowLayout(AppSettings settings) {
        editorVisible.set(settings.getBoolean("layout.editor", true));
        previewVisible.set(settings.getBoolean("layout.preview", true) || !editorVisible.get());
        divider.set(Math.max(0.1, Math.min(0.9, settings.getDouble("layout.divider", 0.5))));
        editorVisible.addListener((o, a, b) -> settings.put("layout.editor", b.toString()));
        previewVisible.addListener((o, a, b) -> settings.put("layout.preview", b.toString()));
        divider.addListener((o, a, b) -> settings.put("layout.divider", b.toString()));
    }

    BooleanProperty editorVisibleProperty() {
        return editorVisible;
    }

    BooleanProperty previewVisibleProperty() {
        return previewVisible;
    }

    DoubleProperty dividerProperty() {
        return divider;
    }

    /** Shows or hides the editor; hiding it while the preview is hidden shows the preview. */
    void setEditorVisible(boolean visible) {
        if (!visible && !previewVisible.get()) {
            previewVisible.set(true);
        }
        editorVisible.set(visible);
    }

    void setPreviewVisible(boolean visible) {
        if (!visible && !editorVisible.get()) {
            editorVisible.set(true);
        }
        previewVisible.set(visible);
    }
}
