package io.recapstudio.ui.problems;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.session.EditorSession;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;

/** The quick fixes at a place of the text as menu items (the editor's context menu and the Ctrl+. menu). */
public final class QuickFixMenu {

    private QuickFixMenu() {
    }

    /** A "Fix: …" item for each fix covering {@code offset}; none when no check offers one there. */
    public static List<MenuItem> items(EditorSession session, int offset, Notifier notifier) {
        List<MenuItem> items = new ArrayList<>();
        for (Diagnostic d : QuickFixes.at(session, offset)) {
            MenuItem item = new MenuItem("Fix: " + QuickFixes.label(d));
            item.setMnemonicParsing(false);
            item.getStyleClass().add("quick-fix-item");
            item.setOnAction(e -> QuickFixes.apply(session, d, notifier));
            items.add(item);
        }
        return items;
    }
}
