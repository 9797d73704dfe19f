package io.recapstudio.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.TextEdit;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EditRebaseTest {

    private static final String CHECKED = "one two three";

    @Test
    void offsetsBeforeTheTypingStayAndThoseAfterItMoveWithIt() {
        EditRebase rebase = EditRebase.of(CHECKED, "one two, more three");

        assertThat(rebase.offset(2)).isEqualTo(OptionalInt.of(2));
        assertThat(rebase.offset(8)).isEqualTo(OptionalInt.of(14));
    }

    @Test
    void anEditOverTheTypedStretchIsStale() {
        EditRebase rebase = EditRebase.of(CHECKED, "one twXo three");

        assertThat(rebase.edits(List.of(TextEdit.replace(4, 7, "2")))).isEmpty();
        assertThat(rebase.edits(List.of(TextEdit.replace(8, 13, "3")))).hasValueSatisfying(moved ->
                assertThat(TextEdit.applyAll("one twXo three", moved)).isEqualTo("one twXo 3"));
    }

    @Test
    void theSameTextMovesNothing() {
        EditRebase rebase = EditRebase.of(CHECKED, CHECKED);

        assertThat(rebase.offset(13)).isEqualTo(OptionalInt.of(13));
        assertThat(rebase.edits(List.of(TextEdit.replace(0, 3, "1")))).hasValue(List.of(TextEdit.replace(0, 3, "1")));
    }
}
