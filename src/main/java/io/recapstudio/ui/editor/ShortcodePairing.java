package io.recapstudio.ui.editor;

/**
 * Auto-pairing of shortcode delimiters: typing {@code {{<} inserts {@code  >}}} after the caret ({@code {{%} likewise
 * {@code  %}}}); typing the closer over one that was inserted that way steps over it instead of doubling it. Only
 * closers this class inserted are stepped over, and only while nothing else edited them.
 */
final class ShortcodePairing {

    /** The text the pairing works on (the editor). */
    interface Document {
        int length();

        char charAt(int offset);

        int caret();

        /** True when a selection is active (typing replaces it: no pairing then). */
        boolean hasSelection();

        /** Replaces {@code [from, to)} with {@code text} as one undoable edit and puts the caret at {@code caret}. */
        void replace(int from, int to, String text, int caret);

        void moveCaret(int offset);
    }

    private final Document doc;
    private int closerStart = -1;
    private String closer;
    private int consumed;
    private boolean ownEdit;

    ShortcodePairing(Document doc) {
        this.doc = doc;
    }

    /** Handles a typed character; true when it was handled (the caller must not insert it). */
    boolean typed(String character) {
        if (character.length() != 1 || doc.hasSelection()) {
            return false;
        }
        char c = character.charAt(0);
        int caret = doc.caret();
        if (closer != null && caret == closerStart + consumed) {
            if (closer.charAt(consumed) == c) {
                step(caret);
                return true;
            }
            if (consumed == 1) {
                // The user typed the space of the closer and goes on with another argument: keep a space before it.
                edit(caret, caret, c + " ", caret + 1);
                closerStart = caret + 1;
                consumed = 0;
                return true;
            }
            if (consumed > 1) {
                forget();
            }
        }
        if ((c == '<' || c == '%') && caret >= 2 && doc.charAt(caret - 1) == '{' && doc.charAt(caret - 2) == '{') {
            String close = c == '<' ? " >}}" : " %}}";
            edit(caret, caret, c + close, caret + 1);
            closerStart = caret + 1;
            closer = close;
            consumed = 0;
            return true;
        }
        return false;
    }

    private void step(int caret) {
        consumed++;
        doc.moveCaret(caret + 1);
        if (consumed == closer.length()) {
            forget();
        }
    }

    private void edit(int from, int to, String text, int caret) {
        ownEdit = true;
        try {
            doc.replace(from, to, text, caret);
        } finally {
            ownEdit = false;
        }
    }

    /** Keeps the pending closer in step with an edit made by anyone (typing the call's name moves it). */
    void textChanged(int at, int removed, int inserted) {
        if (closer == null || ownEdit) {
            return;
        }
        int end = closerStart + closer.length();
        if (at + removed <= closerStart + consumed && at <= closerStart + consumed) {
            if (at + removed <= closerStart) {
                closerStart += inserted - removed;
            } else {
                forget();
            }
        } else if (at < end) {
            forget();
        }
    }

    private void forget() {
        closer = null;
        closerStart = -1;
        consumed = 0;
    }

    /** The pending closer's start, or -1 (for tests). */
    int pendingCloserStart() {
        return closer == null ? -1 : closerStart + consumed;
    }
}
