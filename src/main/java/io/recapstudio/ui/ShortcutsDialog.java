package io.recapstudio.ui;

import io.recapstudio.ui.common.ActionRegistry;
import io.recapstudio.ui.common.AppAction;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help ▸ Keyboard Shortcuts: every action with a shortcut, plus the editor's own keys. */
final class ShortcutsDialog {

    /** Keys the editor handles itself (no menu item). */
    static final List<String[]> EDITOR_KEYS = List.of(
            new String[] {"Tab / Shift+Tab", "Indent / outdent the selected lines (nests list items)"},
            new String[] {"Enter", "Continue a list or quote (Enter on an empty item ends it)"},
            new String[] {"{{<  or  {{%", "Inserts the closing  >}}  /  %}}; typing it again steps over it"},
            new String[] {"Enter / Shift+Enter", "In the find bar: next / previous match"},
            new String[] {"Escape", "Close the find or go-to-line bar"});

    private ShortcutsDialog() {
    }

    static List<String[]> rows(ActionRegistry actions) {
        List<String[]> rows = new ArrayList<>();
        for (AppAction action : actions.all()) {
            if (action.accelerator() != null) {
                rows.add(new String[] {action.accelerator().getDisplayText(), action.text()});
            }
        }
        rows.addAll(EDITOR_KEYS);
        return rows;
    }

    static void show(Window owner, ActionRegistry actions) {
        StringBuilder text = new StringBuilder();
        for (String[] row : rows(actions)) {
            text.append(String.format("%-22s %s%n", row[0], row[1]));
        }
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.getStyleClass().add("shortcuts-text");
        area.setPrefSize(620, 520);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(area);
        alert.show();
    }
}
