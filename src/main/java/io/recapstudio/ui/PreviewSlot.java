package io.recapstudio.ui;

import io.recapstudio.ui.common.PostPanel;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.session.EditorSession;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Where the live preview is made for each tab. The preview feature replaces the body of {@link #create} with its
 * {@code PreviewPane}: it gets the tab's session (text snapshots with versions, caret line) and scrolls the editor
 * with {@code session.revealLine(line)}.
 */
final class PreviewSlot {

    private PreviewSlot() {
    }

    static PostPanel create(EditorSession session, WindowServices services) {
        Label waiting = new Label("Preview");
        waiting.getStyleClass().add("preview-placeholder");
        StackPane pane = new StackPane(waiting);
        pane.setId("preview");
        pane.getStyleClass().add("preview-pane");
        return () -> pane;
    }
}
