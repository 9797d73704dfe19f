package io.recapstudio.ui.editor;

import io.recapstudio.core.text.TextEdit;
import java.util.List;

/**
 * The result of a formatting command: edits against the lines it was given and the selection afterwards (offsets
 * in the edited text). Offsets are relative to the start of those lines until {@link #shift(int)} places them in
 * the document.
 */
public record TextChange(List<TextEdit> edits, int selectionStart, int selectionEnd) {

    public TextChange {
        edits = List.copyOf(edits);
    }

    public static TextChange of(TextEdit edit, int selectionStart, int selectionEnd) {
        return new TextChange(List.of(edit), selectionStart, selectionEnd);
    }

    public TextChange shift(int delta) {
        return new TextChange(edits.stream().map(e -> new TextEdit(e.range().shift(delta), e.replacement())).toList(),
                selectionStart + delta, selectionEnd + delta);
    }

    /** Applies the edits to {@code text} (for tests and previews). */
    public String applyTo(String text) {
        return TextEdit.applyAll(text, edits);
    }
}
