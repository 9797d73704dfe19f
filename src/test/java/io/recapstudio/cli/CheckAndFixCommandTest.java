package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndFixCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RecapCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path bundle(String name, String text) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("index.md"), text, StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void cleanPostExitsZeroAndPrintsNothing() throws IOException {
        Path post = bundle("clean", "---\ntitle: \"Fine\"\n---\n\nAll good, café and naïve.\n");
        assertThat(run("check", post.toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void errorsArePrintedOneALineWithPositionsAndExitOne() throws IOException {
        Path post = bundle("bad", "---\ntitle: x\n---\n\nIntro\n\n{{< note >}}\nnever closed\n");
        assertThat(run("check", post.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).anySatisfy(line -> assertThat(line)
                .startsWith(post.resolve("index.md") + ":7:1: error: ").endsWith("[shortcode-unclosed]"));
    }

    @Test
    void malformedFrontMatterIsReportedAtItsLine() throws IOException {
        Path post = bundle("yaml", "---\ntitle: \"open quote\ntags: [a\n---\nBody\n");
        assertThat(run("check", post.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("[frontmatter-syntax]").contains("index.md:2:");
    }

    @Test
    void jsonFormatHasTheSixFieldsAndTheFix() throws IOException {
        Path post = bundle("moji", "---\ntitle: x\n---\n\nWe met Ren\u00c3\u00a9e there.\n");
        assertThat(run("check", post.toString(), "--format", "json")).isZero();
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array).hasSize(1);
        JsonNode d = array.get(0);
        assertThat(d.get("rule").asText()).isEqualTo("mojibake");
        assertThat(d.get("line").asInt()).isEqualTo(5);
        assertThat(d.get("column").asInt()).isEqualTo(11);
        assertThat(d.get("severity").asText()).isEqualTo("warning");
        assertThat(d.get("fix").asText()).contains("é");
    }

    @Test
    void missingPathIsAUsageErrorWithOneLine() {
        assertThat(run("check", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("no such file or folder");
    }

    @Test
    void fixRepairsMojibakeInPlaceAndLeavesEverythingElse() throws IOException {
        String text = "---\r\ntitle: 'Caf\u00c3\u00a9 day'\r\n---\r\n\r\nIt\u00e2\u20ac\u2122s done \u2014 really.\r\n";
        Path post = bundle("fixme", text);
        assertThat(run("fix", post.toString())).isZero();
        assertThat(Files.readString(post.resolve("index.md")))
                .isEqualTo("---\r\ntitle: 'Café day'\r\n---\r\n\r\nIt’s done — really.\r\n");
        assertThat(out.toString()).contains("2 fix(es) applied");
    }

    @Test
    void fixWithOutWritesACopyAndKeepsTheOriginal() throws IOException {
        String text = "---\ntitle: x\n---\nNa\u00c3\u00afve\n";
        Path post = bundle("orig", text);
        Path target = dir.resolve("fixed");
        assertThat(run("fix", post.toString(), "--out", target.toString())).isZero();
        assertThat(Files.readString(post.resolve("index.md"))).isEqualTo(text);
        assertThat(Files.readString(target.resolve("index.md"))).isEqualTo("---\ntitle: x\n---\nNaïve\n");
    }
}
