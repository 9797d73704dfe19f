package io.recapstudio.core.text;

import java.util.List;

/**
 * An automatic repair that a diagnostic offers: a description for people and the edits to the post's text.
 *
 * @param description what the fix does, e.g. "replace 'â€™' with '’'"
 * @param edits       non-overlapping edits against the text the diagnostic was computed on
 */
public record Fix(String description, List<TextEdit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public String applyTo(String text) {
        return TextEdit.applyAll(text, edits);
    }
}
