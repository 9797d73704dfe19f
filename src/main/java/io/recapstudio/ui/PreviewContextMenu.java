package io.recapstudio.ui;

import io.recapstudio.ui.session.EditorSession;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.web.WebView;

/**
 * The preview's context menu: Copy (the selected text of the page), Go to Source (the editor's caret to the first
 * line of the block under the mouse) and Select All. It reads the page only: the block's source lines are those the
 * preview's script keeps on each block.
 */
final class PreviewContextMenu {

    /** The first source line of the block at (x, y) of the viewport, or -1. */
    private static final String LINE_AT = "(function (x, y) { var el = document.elementFromPoint(x, y);"
            + " while (el && !(el.classList && el.classList.contains('rs-block'))) { el = el.parentNode; }"
            + " return el && typeof el.rsFirst === 'number' ? el.rsFirst : -1; })(%d, %d)";
    private static final String SELECTION = "window.getSelection().toString()";

    private final WebView web;
    private final EditorSession session;
    private final ContextMenu menu = new ContextMenu();
    private final MenuItem copy = item("preview-ctx-copy", "Copy");
    private final MenuItem goToSource = item("preview-ctx-source", "Go to Source");
    private final MenuItem selectAll = item("preview-ctx-select-all", "Select All");
    private int line = -1;

    private PreviewContextMenu(WebView web, EditorSession session) {
        this.web = web;
        this.session = session;
        menu.setId("preview-context-menu");
        menu.getItems().setAll(List.of(copy, goToSource, new SeparatorMenuItem(), selectAll));
        copy.setOnAction(e -> copySelection(web));
        goToSource.setOnAction(e -> {
            if (line > 0) {
                session.revealLine(line);
            }
        });
        selectAll.setOnAction(e -> web.getEngine().executeScript(
                "window.getSelection().selectAllChildren(document.getElementById('content') || document.body)"));
        web.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            javafx.geometry.Point2D at = web.screenToLocal(e.getScreenX(), e.getScreenY());
            open(at.getX(), at.getY());
            menu.show(web, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        web.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> menu.hide());
    }

    /** Gives the preview {@code web} of {@code session}'s post its context menu. */
    static PreviewContextMenu install(WebView web, EditorSession session) {
        return new PreviewContextMenu(web, session);
    }

    /** Sets the entries up for a menu opened at (x, y) of the view (for the menu and for tests). */
    void open(double x, double y) {
        Object at = web.getEngine().executeScript(String.format(java.util.Locale.ROOT, LINE_AT,
                Math.round(x), Math.round(y)));
        line = at instanceof Number n ? n.intValue() : -1;
        goToSource.setDisable(line <= 0);
        goToSource.setText(line > 0 ? "Go to Source (line " + line + ")" : "Go to Source");
        copy.setDisable(selection(web).isEmpty());
    }

    ContextMenu menu() {
        return menu;
    }

    /** Puts the text selected in the page {@code web} shows on the clipboard (nothing when none is). */
    static void copySelection(WebView web) {
        String text = selection(web);
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static String selection(WebView web) {
        Object selected = web.getEngine().executeScript(SELECTION);
        return selected instanceof String s ? s : "";
    }

    private static MenuItem item(String id, String text) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        return item;
    }
}
