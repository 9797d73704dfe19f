package io.recapstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortcodePairingTest {

    /** A plain text buffer standing in for the editor, feeding changes back to the pairing like the editor does. */
    private static final class Buffer implements ShortcodePairing.Document {
        final StringBuilder text = new StringBuilder();
        int caret;
        ShortcodePairing pairing;

        void type(String keys) {
            for (char c : keys.toCharArray()) {
                if (!pairing.typed(String.valueOf(c))) {
                    replace(caret, caret, String.valueOf(c), caret + 1);
                    pairing.textChanged(caret - 1, 0, 1);
                }
            }
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int offset) {
            return text.charAt(offset);
        }

        @Override
        public int caret() {
            return caret;
        }

        @Override
        public boolean hasSelection() {
            return false;
        }

        @Override
        public void replace(int from, int to, String s, int newCaret) {
            text.replace(from, to, s);
            caret = newCaret;
        }

        @Override
        public void moveCaret(int offset) {
            caret = offset;
        }
    }

    private static Buffer buffer() {
        Buffer b = new Buffer();
        b.pairing = new ShortcodePairing(b);
        return b;
    }

    @Test
    void openingInsertsTheCloserAfterTheCaret() {
        Buffer b = buffer();
        b.type("{{<");
        assertThat(b.text).hasToString("{{< >}}");
        assertThat(b.caret).isEqualTo(3);
    }

    @Test
    void typingTheWholeCallByHandGivesItOnce() {
        Buffer b = buffer();
        b.type("{{< youtube abc >}}.");
        assertThat(b.text).hasToString("{{< youtube abc >}}.");
    }

    @Test
    void percentCallsPairToo() {
        Buffer b = buffer();
        b.type("{{% note %}}");
        assertThat(b.text).hasToString("{{% note %}}");
    }

    @Test
    void onlyAnInsertedCloserIsSteppedOver() {
        Buffer b = buffer();
        b.text.append(" >}}");
        b.type(">");
        assertThat(b.text).hasToString("> >}}");
    }
}
