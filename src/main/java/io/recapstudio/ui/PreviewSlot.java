package io.recapstudio.ui;

import io.recapstudio.ui.common.PostPanel;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.preview.PreviewPane;
import io.recapstudio.ui.preview.PreviewPanel;
import io.recapstudio.ui.session.EditorSession;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;

/**
 * Where the live preview is made for each tab: a {@link PreviewPanel} on the tab's session (it renders the published
 * text snapshots, follows the caret, and scrolls the editor with {@code session.revealLine(line)}).
 */
final class PreviewSlot {

    private PreviewSlot() {
    }

    static PostPanel create(EditorSession session, WindowServices services) {
        PreviewPanel panel = PreviewPanel.create(session);
        if (panel.node() instanceof PreviewPane pane) {
            PreviewContextMenu.install(pane.getWebView(), session);
            followTheme(pane, services.darkTheme());
        }
        return panel;
    }

    /** The page's colours follow the window: class {@code rs-dark} on its {@code <html>} while dark (preview.css). */
    private static void followTheme(PreviewPane pane, ObservableValue<Boolean> dark) {
        Runnable mark = () -> {
            if (pane.readyProperty().get()) {
                pane.getEngine().executeScript("document.documentElement.classList.toggle('rs-dark', "
                        + Boolean.TRUE.equals(dark.getValue()) + ")");
            }
        };
        pane.readyProperty().addListener((o, was, ready) -> mark.run());
        // The window outlives the tab: it holds the listener only weakly, the pane strongly (a closed tab is collected)
        ChangeListener<Boolean> onTheme = (o, was, now) -> mark.run();
        pane.getProperties().put(PreviewSlot.class.getName() + ".theme", onTheme);
        dark.addListener(new WeakChangeListener<>(onTheme));
        mark.run();
    }
}
