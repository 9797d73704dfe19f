package io.recapstudio.ui.common;

import io.recapstudio.ui.session.EditorSession;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.stage.Window;

/**
 * What a window offers the features living in it: the active post, the action registry, the notifier, the settings.
 *
 * @param activeSession the post of the selected tab (null when no post is open)
 * @param darkTheme     true while the window is dark (the preview page follows it)
 */
public record WindowServices(Window window, ReadOnlyObjectProperty<EditorSession> activeSession,
                             ActionRegistry actions, Notifier notifier, AppSettings settings,
                             ReadOnlyBooleanProperty darkTheme) {
}
