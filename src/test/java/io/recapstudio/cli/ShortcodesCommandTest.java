package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recapstudio.core.site.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortcodesCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RecapCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonIsAnArrayOfEntriesWithTheContractFields() throws Exception {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "title = \"x\"\n");
        site.write("layouts/shortcodes/blocks/resource.html",
                "{{ $t := .Get \"title\" | default \"Video title\" }}{{ $id := .Get \"id\" | default (.Get 0) }}"
                        + "{{ .Inner }}");
        Run run = run("shortcodes", "--site", dir.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        for (JsonNode entry : array) {
            assertThat(entry.has("name") && entry.has("source") && entry.has("file") && entry.has("inner")
                    && entry.has("params")).as(entry.toString()).isTrue();
            for (JsonNode p : entry.get("params")) {
                assertThat(p.has("name") && p.has("position") && p.has("default") && p.has("type")).isTrue();
            }
        }
        JsonNode imgproc = find(array, "imgproc");
        assertThat(imgproc.get("source").asText()).isEqualTo("builtin");
        assertThat(imgproc.get("file").isNull()).isTrue();
        assertThat(imgproc.get("inner").asBoolean()).isTrue();
        JsonNode resource = find(array, "blocks/resource");
        assertThat(resource.get("source").asText()).isEqualTo("site");
        assertThat(resource.get("file").asText()).isEqualTo("layouts/shortcodes/blocks/resource.html");
        JsonNode title = resource.get("params").get(1);
        assertThat(title.get("name").asText()).isEqualTo("title");
        assertThat(title.get("position").isNull()).isTrue();
        assertThat(title.get("default").asText()).isEqualTo("Video title");
        assertThat(title.get("type").asText()).isEqualTo("string");
        JsonNode id = resource.get("params").get(0);
        assertThat(id.get("name").asText()).isEqualTo("id");
        assertThat(id.get("position").asInt()).isZero();
    }

    @Test
    void textIsATableAndWithoutASiteOnlyBuiltInsAreListed() {
        Run run = run("shortcodes", "--site", dir.resolve("nowhere").toString());
        assertThat(run.exit()).isEqualTo(RecapCommand.USAGE_OR_IO);
        assertThat(run.err()).startsWith("recap shortcodes: ").contains("no Hugo site").doesNotContain("Exception");
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "title = \"x\"\n");
        site.write(".hvm", "0.122.0\n");
        Run table = run("shortcodes", "--site", dir.toString());
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("Hugo 0.122.0 (.hvm").contains("NAME").contains("imgproc")
                .contains("tweet").doesNotContain("\nx ");
    }

    @Test
    void aBadFormatIsAUsageError() {
        Run run = run("shortcodes", "--format", "xml");
        assertThat(run.exit()).isEqualTo(RecapCommand.USAGE_OR_IO);
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode e : array) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
