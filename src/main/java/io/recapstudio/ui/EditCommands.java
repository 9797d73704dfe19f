package io.recapstudio.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.web.WebView;
import org.fxmisc.richtext.CodeArea;

/**
 * Edit ▸ Cut, Copy, Paste and Select All act on the text that has the keyboard focus: a field of a form (front
 * matter, media, find bar), the preview's selection (copy), or else the active post's editor. The menu's shortcuts
 * are the scene's accelerators and come before the field's own keys, so without this Ctrl+C in a field would copy
 * from the post.
 */
final class EditCommands {

    private final Supplier<Node> focusOwner;
    private final Supplier<CodeArea> activeEditor;

    EditCommands(Supplier<Node> focusOwner, Supplier<CodeArea> activeEditor) {
        this.focusOwner = focusOwner;
        this.activeEditor = activeEditor;
    }

    void cut() {
        if (focused() instanceof TextInputControl field) {
            field.cut();
        } else {
            withEditor(CodeArea::cut);
        }
    }

    void copy() {
        Node focus = focused();
        if (focus instanceof TextInputControl field) {
            field.copy();
        } else if (focus instanceof WebView web) {
            PreviewContextMenu.copySelection(web);
        } else {
            withEditor(CodeArea::copy);
        }
    }

    void paste() {
        if (focused() instanceof TextInputControl field) {
            field.paste();
        } else {
            withEditor(CodeArea::paste);
        }
    }

    void selectAll() {
        if (focused() instanceof TextInputControl field) {
            field.selectAll();
        } else {
            withEditor(CodeArea::selectAll);
        }
    }

    /** The focused control that takes edit commands itself (a field or the preview), else null. */
    private Node focused() {
        Node focus = focusOwner.get();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof WebView) {
                return n;
            }
            if (n instanceof CodeArea) {
                return null;
            }
        }
        return null;
    }

    private void withEditor(java.util.function.Consumer<CodeArea> command) {
        CodeArea area = activeEditor.get();
        if (area != null) {
            command.accept(area);
            area.requestFollowCaret();
        }
    }
}
