package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void changesListRemovedLinesByTheirOldNumberAndAddedOnesByTheirNew() {
        String[] before = {"title", "one", "two", "three"};
        String[] after = {"title", "one", "2", "three", "four"};

        assertThat(LineDiff.changes(before, after)).containsExactly(
                new LineDiff.Change(false, 3, "two"), new LineDiff.Change(true, 3, "2"),
                new LineDiff.Change(true, 5, "four"));
    }

    @Test
    void theSameLinesHaveNoChanges() {
        String[] lines = {"a", "b"};

        assertThat(LineDiff.changes(lines, lines.clone())).isEmpty();
    }
}
