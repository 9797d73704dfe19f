package io.recapstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEditingTest {

    @Test
    void boldWrapsThenUnwrapsTheSelection() {
        TextChange on = MarkdownEditing.toggleWrap("a word here", 2, 6, "**");
        assertThat(on.applyTo("a word here")).isEqualTo("a **word** here");
        assertThat(on.selectionStart()).isEqualTo(4);
        assertThat(on.selectionEnd()).isEqualTo(8);

        TextChange off = MarkdownEditing.toggleWrap("a **word** here", 4, 8, "**");
        assertThat(off.applyTo("a **word** here")).isEqualTo("a word here");
    }

    @Test
    void wrapWithoutSelectionPutsTheCaretBetweenTheMarkers() {
        TextChange c = MarkdownEditing.toggleWrap("ab", 1, 1, "_");
        assertThat(c.applyTo("ab")).isEqualTo("a__b");
        assertThat(c.selectionStart()).isEqualTo(2);
    }

    @Test
    void linkUsesTheSelectionAsTextOrAsUrl() {
        assertThat(MarkdownEditing.link("see docs", 4, 8).applyTo("see docs")).isEqualTo("see [docs]()");
        TextChange url = MarkdownEditing.link("https://x.example/a", 0, 19);
        assertThat(url.applyTo("https://x.example/a")).isEqualTo("[](https://x.example/a)");
        assertThat(url.selectionStart()).isEqualTo(1);
    }

    @Test
    void headingReplacesAnExistingLevelAndTogglesOff() {
        assertThat(MarkdownEditing.heading("## Talks", 3, 3, 4).applyTo("## Talks")).isEqualTo("#### Talks");
        assertThat(MarkdownEditing.heading("## Talks", 3, 3, 2).applyTo("## Talks")).isEqualTo("Talks");
        assertThat(MarkdownEditing.heading("a\nb", 0, 3, 1).applyTo("a\nb")).isEqualTo("# a\n# b");
    }

    @Test
    void commentTogglesHtmlCommentsAndHashComments() {
        assertThat(MarkdownEditing.toggleComment("line", 0, 0, false).applyTo("line")).isEqualTo("<!-- line -->");
        assertThat(MarkdownEditing.toggleComment("<!-- line -->", 3, 3, false).applyTo("<!-- line -->"))
                .isEqualTo("line");
        assertThat(MarkdownEditing.toggleComment("a: 1\n  b: 2", 0, 10, true).applyTo("a: 1\n  b: 2"))
                .isEqualTo("# a: 1\n  # b: 2");
        assertThat(MarkdownEditing.toggleComment("# a: 1", 0, 0, true).applyTo("# a: 1")).isEqualTo("a: 1");
    }

    @Test
    void indentAndOutdentEveryLine() {
        assertThat(MarkdownEditing.indent("- a\n- b", 0, 7, false).applyTo("- a\n- b")).isEqualTo("  - a\n  - b");
        assertThat(MarkdownEditing.indent("  - a\n- b", 0, 9, true).applyTo("  - a\n- b")).isEqualTo("- a\n- b");
    }

    @Test
    void listContinuationCountsUpAndUnchecksTasks() {
        assertThat(MarkdownEditing.continueList("- [x] done", 10).orElseThrow().applyTo("- [x] done"))
                .isEqualTo("- [x] done\n- [ ] ");
        assertThat(MarkdownEditing.continueList("  3) three", 10).orElseThrow().applyTo("  3) three"))
                .isEqualTo("  3) three\n  4) ");
        assertThat(MarkdownEditing.continueList("> quoted", 8).orElseThrow().applyTo("> quoted"))
                .isEqualTo("> quoted\n> ");
        assertThat(MarkdownEditing.continueList("- ", 2).orElseThrow().applyTo("- ")).isEmpty();
        assertThat(MarkdownEditing.continueList("plain", 5)).isEmpty();
        assertThat(MarkdownEditing.continueList("-no space", 9)).isEmpty();
    }
}
