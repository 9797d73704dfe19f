package io.recapstudio.ui;

import io.recapstudio.ui.common.ActionRegistry;
import io.recapstudio.ui.common.EditorMenuContributor;
import io.recapstudio.ui.session.EditorSession;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * The editor's context menu: Cut, Copy, Paste, then what the features offer at the place clicked (spelling
 * suggestions, quick fixes), Edit Shortcode and the palette, and Select All. A right click outside the selection
 * moves the caret there first, so the menu is about the word under the mouse.
 */
final class EditorContextMenu {

    private static final List<String> EDITING = List.of("edit.cut", "edit.copy", "edit.paste");
    private static final List<String> SHORTCODES = List.of("insert.edit-shortcode", "insert.palette");

    private final ActionRegistry actions;
    private final List<EditorMenuContributor> contributors = new ArrayList<>();

    EditorContextMenu(ActionRegistry actions) {
        this.actions = actions;
    }

    /** Adds a feature's entries (after those added before). */
    void add(EditorMenuContributor contributor) {
        contributors.add(contributor);
    }

    /** Gives the editor of {@code session} its context menu. */
    void install(EditorSession session, CodeArea area) {
        ContextMenu menu = new ContextMenu();
        menu.setId("editor-context-menu");
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
                var sel = area.getSelection();
                if (sel.getLength() == 0 || at < sel.getStart() || at > sel.getEnd()) {
                    area.moveTo(at);
                }
            }
        });
        area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            menu.getItems().setAll(items(session, area.getCaretPosition()));
            area.requestFocus();
            menu.show(area, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> menu.hide());
    }

    /** The entries for the place {@code offset} (for the menu and for tests). */
    List<MenuItem> items(EditorSession session, int offset) {
        List<MenuItem> items = new ArrayList<>();
        EDITING.stream().map(id -> actions.get(id).toContextMenuItem()).forEach(items::add);
        for (EditorMenuContributor contributor : contributors) {
            List<MenuItem> more = contributor.items(session, offset);
            if (!more.isEmpty()) {
                items.add(new SeparatorMenuItem());
                items.addAll(more);
            }
        }
        items.add(new SeparatorMenuItem());
        SHORTCODES.stream().filter(this::registered).map(id -> actions.get(id).toContextMenuItem())
                .forEach(items::add);
        items.add(new SeparatorMenuItem());
        items.add(actions.get("edit.select-all").toContextMenuItem());
        return items;
    }

    private boolean registered(String id) {
        return actions.all().stream().anyMatch(a -> a.id().equals(id));
    }
}
