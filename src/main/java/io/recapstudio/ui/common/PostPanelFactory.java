package io.recapstudio.ui.common;

import io.recapstudio.ui.session.EditorSession;

/** Makes a feature's panel for one open post. */
@FunctionalInterface
public interface PostPanelFactory {

    PostPanel create(EditorSession session, WindowServices services);
}
