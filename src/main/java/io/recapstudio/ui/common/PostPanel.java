package io.recapstudio.ui.common;

import javafx.scene.Node;

/**
 * A feature's view of one open post (the preview, the front-matter form, the media panel, the palette). Made by a
 * {@link PostPanelFactory} for each tab from that tab's {@code EditorSession}; disposed when the tab closes.
 */
public interface PostPanel {

    Node node();

    /** Stops listeners and background work of this panel. */
    default void dispose() {
    }
}
