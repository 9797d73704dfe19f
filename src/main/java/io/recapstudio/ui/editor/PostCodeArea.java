package io.recapstudio.ui.editor;

import io.recapstudio.ui.session.EditorSession;
import java.util.Collection;
import javafx.scene.input.Clipboard;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.EditableStyledDocument;

/** The editor's code area: pastes go through the session's paste handlers first (smart paste of URLs and such). */
final class PostCodeArea extends CodeArea {

    private EditorSession session;

    PostCodeArea() {
        super();
    }

    PostCodeArea(EditableStyledDocument<Collection<String>, String, Collection<String>> document) {
        super(document);
    }

    void setSession(EditorSession session) {
        this.session = session;
    }

    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (session != null && clipboard.hasString()) {
            var replacement = session.transformPaste(clipboard.getString());
            if (replacement.isPresent()) {
                replaceSelection(replacement.get());
                requestFollowCaret();
                return;
            }
        }
        super.paste();
    }
}
