package io.recapstudio.core.site.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleLineTest {

    @Test
    void replacesOnlyTheTitleValueKeepingItsQuotes() {
        assertThat(TitleLine.set("---\ntitle: \"2024 05 06 Reef\"\ndate: x\n---\nBody title: no\n", "Reef \"Day\""))
                .isEqualTo("---\ntitle: \"Reef \\\"Day\\\"\"\ndate: x\n---\nBody title: no\n");
        assertThat(TitleLine.set("---\r\ntitle: 'old'\r\n---\r\n", "It's new"))
                .isEqualTo("---\r\ntitle: 'It''s new'\r\n---\r\n");
        assertThat(TitleLine.set("+++\ntitle = 'old'\n+++\n", "New")).isEqualTo("+++\ntitle = 'New'\n+++\n");
        assertThat(TitleLine.set("{\n  \"title\": \"old\",\n  \"draft\": true\n}\n", "New"))
                .isEqualTo("{\n  \"title\": \"New\",\n  \"draft\": true\n}\n");
    }

    @Test
    void aBlockScalarTitleIsReplacedWhole() {
        assertThat(TitleLine.set("---\ntitle: >-\n  folded\n  old\ndate: x\n---\n", "New"))
                .isEqualTo("---\ntitle: \"New\"\ndate: x\n---\n");
    }

    @Test
    void aMissingTitleIsAddedFirstAndTextWithoutFrontMatterIsKept() {
        assertThat(TitleLine.set("---\ndraft: true\n---\n", "New")).isEqualTo("---\ntitle: \"New\"\ndraft: true\n---\n");
        assertThat(TitleLine.set("no front matter\n", "New")).isEqualTo("no front matter\n");
        assertThat(TitleLine.set("---\nparams:\n  title: nested\n---\n", "New"))
                .isEqualTo("---\ntitle: \"New\"\nparams:\n  title: nested\n---\n");
    }
}
