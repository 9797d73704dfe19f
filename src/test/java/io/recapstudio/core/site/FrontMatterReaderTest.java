package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {

    private final FrontMatterReader reader = FrontMatterReader.standard();
    private final Path file = Path.of("content/blog/x/index.md");

    @Test
    void yamlWithCrlfBomLeadingBlankLineAndDatesKeptAsWritten() {
        String text = "\uFEFF\r\n---\r\ntitle: 'Reef Day'\r\ndate: 2022-05-25 10:00:00+00:00\r\ndraft: yes\r\n"
                + "tags: [event, community]\r\n---\r\n\r\nBody\r\n";
        FrontMatterValues fm = reader.read(file, text).orElseThrow();
        assertThat(fm.format()).isEqualTo(DataFormat.YAML);
        assertThat(fm.values()).containsEntry("title", "Reef Day").containsEntry("date", "2022-05-25 10:00:00+00:00")
                .containsEntry("draft", true).containsEntry("tags", List.of("event", "community"));
    }

    @Test
    void tomlKeepsTopLevelDatesAsWritten() {
        String text = "+++\ntitle = \"Cove\"\ndate = 2022-05-25T10:00:00+00:00 # local\nweight = 3\n\n+++\nBody\n";
        FrontMatterValues fm = reader.read(file, text).orElseThrow();
        assertThat(fm.format()).isEqualTo(DataFormat.TOML);
        assertThat(fm.values()).containsEntry("date", "2022-05-25T10:00:00+00:00").containsEntry("weight", 3L);
    }

    @Test
    void jsonObjectAtTheTop() {
        FrontMatterValues fm = reader.read(file, "{\n \"title\": \"Brace } in text\",\n \"tags\": [\"a\"]\n}\nBody\n")
                .orElseThrow();
        assertThat(fm.format()).isEqualTo(DataFormat.JSON);
        assertThat(fm.values()).containsEntry("title", "Brace } in text");
    }

    @Test
    void noFrontMatterIsEmpty() {
        assertThat(reader.read(file, "Just text\n---\n")).isEmpty();
        assertThat(reader.read(file, "")).isEmpty();
    }

    @Test
    void errorsNameTheFileLine() {
        assertThatThrownBy(() -> reader.read(file, "---\ntitle: ok\ntags: [a, b\n---\n"))
                .isInstanceOf(SiteException.class).hasMessageContaining("index.md:");
        assertThatThrownBy(() -> reader.read(file, "\n+++\ntitle = \"ok\"\nbad = \n+++\n"))
                .isInstanceOf(SiteException.class).hasMessageContaining("index.md:4:");
        assertThatThrownBy(() -> reader.read(file, "---\ntitle: never closed\n"))
                .isInstanceOf(SiteException.class).hasMessageContaining("no closing");
    }
}
