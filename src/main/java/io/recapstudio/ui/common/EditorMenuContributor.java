package io.recapstudio.ui.common;

import io.recapstudio.ui.session.EditorSession;
import java.util.List;
import javafx.scene.control.MenuItem;

/**
 * A feature's entries in the editor's context menu at a place of the text (the quick fixes there, the spelling
 * suggestions for the word there). Asked each time the menu opens; an empty list adds nothing.
 */
@FunctionalInterface
public interface EditorMenuContributor {

    List<MenuItem> items(EditorSession session, int offset);
}
