package io.recapstudio.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lossless TOML and JSON edits: each test states the exact text after one edit. */
class FrontMatterEditorTomlJsonTest {

    private static final String TOML = String.join("\r\n",
            "+++",
            "title = \"Harbour Days Recap\"",
            "date = 2031-06-12 10:00:00+00:00",
            "tags = [\"event\", \"recap\"]",
            "categories = [",
            "  \"Events\",",
            "]",
            "draft = false # not yet",
            "social = { github = \"miraok\" }",
            "",
            "[params]",
            "  author = 'Mira'",
            "",
            "[[resources]]",
            "  src = \"**.{jpg,png}\"",
            "  title = \"Image #:counter\"",
            "",
            "+++",
            "Body.",
            "");

    private static final String JSON = String.join("\n",
            "{",
            "    \"title\": \"Harbour Days Recap\",",
            "    \"date\": \"2031-06-12\",",
            "    \"tags\": [\"a\", \"b\"],",
            "    \"params\": {",
            "        \"author\": \"Mira\"",
            "    }",
            "}",
            "Body.",
            "");

    private static String edit(String post, String path, Object value) {
        FrontMatterEditor editor = FrontMatterEditor.of(post);
        return editor.apply(editor.set(path, value));
    }

    private static String remove(String post, String path) {
        FrontMatterEditor editor = FrontMatterEditor.of(post);
        return editor.apply(editor.remove(path));
    }

    @Test
    void tomlValuesAreReplacedInPlaceKeepingCommentsAndQuotes() {
        assertThat(edit(TOML, "title", "It's \"new\"")).isEqualTo(TOML.replace("\"Harbour Days Recap\"",
                "\"It's \\\"new\\\"\""));
        assertThat(edit(TOML, "draft", true)).isEqualTo(TOML.replace("draft = false # not yet",
                "draft = true # not yet"));
        assertThat(edit(TOML, "params.author", "Bo")).isEqualTo(TOML.replace("author = 'Mira'", "author = 'Bo'"));
    }

    @Test
    void tomlDatesKeepTheirStyleAndStayNativeWhenTomlAllowsIt() {
        assertThat(edit(TOML, "date", OffsetDateTime.of(2032, 1, 2, 9, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo(TOML.replace("2031-06-12 10:00:00+00:00", "2032-01-02 09:30:00+00:00"));
        assertThat(edit(TOML, "lastmod", LocalDate.of(2031, 6, 13))).isEqualTo(TOML.replace(
                "date = 2031-06-12 10:00:00+00:00\r\n",
                "date = 2031-06-12 10:00:00+00:00\r\nlastmod = 2031-06-13\r\n"));
        String oneDigitHour = "+++\ntitle = \"x\"\ndate = \"2031-06-12 9:00:00+00:00\"\n+++\n";
        assertThat(edit(oneDigitHour, "date", OffsetDateTime.of(2031, 6, 12, 8, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo(oneDigitHour.replace("9:00", "8:00"));
    }

    @Test
    void tomlArraysKeepTheirLayout() {
        assertThat(edit(TOML, "tags", List.of("event"))).isEqualTo(TOML.replace("[\"event\", \"recap\"]",
                "[\"event\"]"));
        assertThat(edit(TOML, "categories", List.of("Events", "Community"))).isEqualTo(TOML.replace(
                "  \"Events\",\r\n]", "  \"Events\",\r\n  \"Community\",\r\n]"));
    }

    @Test
    void tomlNewKeysGoAmongTheTopLevelKeysOrIntoTheirTable() {
        assertThat(edit(TOML, "description", "Talks")).isEqualTo(TOML.replace("title = \"Harbour Days Recap\"\r\n",
                "title = \"Harbour Days Recap\"\r\ndescription = \"Talks\"\r\n"));
        assertThat(edit(TOML, "params.mastodon", "@mira")).isEqualTo(TOML.replace("  author = 'Mira'\r\n",
                "  author = 'Mira'\r\n  mastodon = \"@mira\"\r\n"));
        assertThat(edit(TOML, "social.mastodon", "@mira")).isEqualTo(TOML.replace("{ github = \"miraok\" }",
                "{ github = \"miraok\", mastodon = \"@mira\" }"));
        assertThat(edit(TOML, "menu.main.weight", 3L)).isEqualTo(TOML.replace("  title = \"Image #:counter\"\r\n",
                "  title = \"Image #:counter\"\r\n[menu]\r\n  main = { weight = 3 }\r\n"));
    }

    @Test
    void tomlRemovalsDeleteExactlyTheStatements() {
        assertThat(remove(TOML, "draft")).isEqualTo(TOML.replace("draft = false # not yet\r\n", ""));
        assertThat(remove(TOML, "params")).isEqualTo(TOML.replace("[params]\r\n  author = 'Mira'\r\n", ""));
        assertThat(remove(TOML, "categories")).isEqualTo(TOML.replace("categories = [\r\n  \"Events\",\r\n]\r\n", ""));
        assertThat(remove(TOML, "resources")).isEqualTo(TOML.replace("[[resources]]\r\n  src = \"**.{jpg,png}\"\r\n"
                + "  title = \"Image #:counter\"\r\n", ""));
    }

    @Test
    void tomlArraysOfTablesAreRewrittenAsSections() {
        List<Object> resources = List.of(Map.of("src", "a.jpg"));

        assertThat(edit(TOML, "resources", resources)).isEqualTo(TOML.replace("[[resources]]\r\n"
                + "  src = \"**.{jpg,png}\"\r\n  title = \"Image #:counter\"\r\n",
                "[[resources]]\r\n  src = \"a.jpg\"\r\n"));
    }

    @Test
    void jsonValuesAreReplacedInPlace() {
        assertThat(edit(JSON, "title", "New \"q\"")).isEqualTo(JSON.replace("\"Harbour Days Recap\"",
                "\"New \\\"q\\\"\""));
        assertThat(edit(JSON, "tags", List.of("x", "y", "z"))).isEqualTo(JSON.replace("[\"a\", \"b\"]",
                "[\"x\", \"y\", \"z\"]"));
        assertThat(edit(JSON, "date", LocalDate.of(2032, 3, 4))).isEqualTo(JSON.replace("2031-06-12", "2032-03-04"));
    }

    @Test
    void jsonNewMembersGetTheFileIndentationAndCorrectCommas() {
        assertThat(edit(JSON, "description", "d")).isEqualTo(JSON.replace("\"Harbour Days Recap\",\n",
                "\"Harbour Days Recap\",\n    \"description\": \"d\",\n"));
        assertThat(edit(JSON, "params.x", 1L)).isEqualTo(JSON.replace("\"author\": \"Mira\"\n",
                "\"author\": \"Mira\",\n        \"x\": 1\n"));
        assertThat(edit(JSON, "resources", List.of(Map.of("src", "*.jpg")))).isEqualTo(JSON.replace(
                "        \"author\": "
                + "\"Mira\"\n    }\n", "        \"author\": \"Mira\"\n    },\n    \"resources\": [\n        "
                + "{\"src\": \"*.jpg\"}\n    ]\n"));
    }

    @Test
    void jsonRemovalsKeepCommasRight() {
        assertThat(remove(JSON, "params")).isEqualTo(JSON.replace("\"tags\": [\"a\", \"b\"],\n    \"params\": {\n"
                + "        \"author\": \"Mira\"\n    }\n", "\"tags\": [\"a\", \"b\"]\n"));
        assertThat(remove(JSON, "title")).isEqualTo(JSON.replace("    \"title\": \"Harbour Days Recap\",\n", ""));
        assertThat(remove(JSON, "date")).isEqualTo(JSON.replace("    \"date\": \"2031-06-12\",\n", ""));
        assertThat(remove(JSON, "params.author")).isEqualTo(JSON.replace("{\n        \"author\": \"Mira\"\n    }",
                "{}"));
    }

    @Test
    void compactJsonStaysCompact() {
        String post = "{\"title\": \"x\", \"tags\": [\"a\"]}\nBody";

        assertThat(edit(post, "draft", true)).isEqualTo("{\"title\": \"x\", \"tags\": [\"a\"], \"draft\": true}\nBody");
        assertThat(remove(post, "tags")).isEqualTo("{\"title\": \"x\"}\nBody");
    }
}
