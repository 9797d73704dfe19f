package io.recapstudio.ui.session;

import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.List;

/**
 * What a session can ask of the editor that shows it. The editor pane implements it and attaches itself with
 * {@link EditorSession#attachEditor(EditorHandle)}; features reach it through the session. FX thread only.
 */
public interface EditorHandle {

    /** The exact current text (LF line endings), including edits not yet published as a snapshot. */
    String currentText();

    /** The selected range (empty at the caret). */
    TextRange selection();

    /** Applies non-overlapping edits against {@link #currentText()} as one undo step. */
    void applyEdits(List<TextEdit> edits);

    /** Replaces the selection (or inserts at the caret) and places the caret after the inserted text. */
    void replaceSelection(String text);

    /** Scrolls to 1-based {@code line}, moves the caret to its start and focuses the editor. */
    void revealLine(int line);

    /** Moves the caret to {@code offset}, scrolls it into view and focuses the editor. */
    default void revealOffset(int offset) {
        String text = currentText();
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        revealLine(line);
    }

    /** Records the current text as saved: the session is clean until the next edit (undo back to it counts). */
    void markSaved();

    void requestFocus();

    /**
     * The text now, as a snapshot of {@code version}. The editor gives an immutable view whose string is built when
     * first read (cheap on the FX thread); this default copies the text.
     */
    default TextSnapshot snapshot(long version) {
        return TextSnapshot.of(version, currentText());
    }

    /** Scrolls so that 1-based {@code line} is at the top, keeping the caret and the focus where they are. */
    default void scrollToLine(int line) {
        revealLine(line);
    }
}
