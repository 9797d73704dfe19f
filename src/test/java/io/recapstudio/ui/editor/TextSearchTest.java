package io.recapstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static final String TEXT = "Talk, talk, talkative; TALK.";

    @Test
    void literalSearchIgnoresCaseUnlessAsked() {
        assertThat(new TextSearch("talk", false, false, false).findAll(TEXT)).hasSize(4);
        assertThat(new TextSearch("talk", false, true, false).findAll(TEXT))
                .containsExactly(TextRange.of(6, 10), TextRange.of(12, 16));
    }

    @Test
    void wholeWordSkipsLongerWords() {
        assertThat(new TextSearch("talk", false, false, true).findAll(TEXT)).hasSize(3);
    }

    @Test
    void regexReplacementsExpandGroups() {
        TextSearch search = new TextSearch("(\\w+)ative", true, false, false);
        var edits = search.replaceAll(TEXT, "$1ing");
        assertThat(TextEdit.applyAll(TEXT, edits)).isEqualTo("Talk, talk, talking; TALK.");
        assertThat(search.replacementAt(TEXT, TextRange.of(12, 21), "<$1>")).isEqualTo("<talk>");
    }

    @Test
    void literalQueriesAreNotPatterns() {
        assertThat(new TextSearch("a.b", false, false, false).findAll("axb a.b")).containsExactly(TextRange.of(4, 7));
        assertThat(TextEdit.applyAll("x", new TextSearch("x", false, false, false).replaceAll("x", "$1")))
                .isEqualTo("$1");
    }

    @Test
    void anInvalidRegexSaysSo() {
        assertThatThrownBy(() -> new TextSearch("(", true, false, false).findAll("x"))
                .isInstanceOf(PatternSyntaxException.class);
    }
}
