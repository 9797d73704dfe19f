package io.recapstudio.ui.session;

import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Moves offsets and edits computed on an older text onto the text now, when the two differ by what was typed in
 * between: whatever lies wholly before or after the changed stretch moves with it; what touches it is stale.
 */
final class EditRebase {

    private final int changeStart;
    private final int changeEnd;
    private final int delta;

    private EditRebase(int changeStart, int changeEnd, int delta) {
        this.changeStart = changeStart;
        this.changeEnd = changeEnd;
        this.delta = delta;
    }

    static EditRebase of(String before, String now) {
        if (before.equals(now)) {
            return new EditRebase(before.length(), before.length(), 0);
        }
        TextEdit change = TextEdit.between(before, now);
        return new EditRebase(change.range().start(), change.range().end(),
                change.replacement().length() - change.range().length());
    }

    /** Where {@code offset} is now; empty when it lay inside the changed stretch. */
    OptionalInt offset(int offset) {
        if (offset <= changeStart) {
            return OptionalInt.of(offset);
        }
        return offset >= changeEnd ? OptionalInt.of(offset + delta) : OptionalInt.empty();
    }

    /** The edits moved onto the text now; empty when one of them touches the changed stretch. */
    Optional<List<TextEdit>> edits(List<TextEdit> edits) {
        List<TextEdit> moved = new ArrayList<>(edits.size());
        for (TextEdit edit : edits) {
            TextRange r = edit.range();
            if (r.end() <= changeStart) {
                moved.add(edit);
            } else if (r.start() >= changeEnd) {
                moved.add(new TextEdit(r.shift(delta), edit.replacement()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(moved);
    }
}
