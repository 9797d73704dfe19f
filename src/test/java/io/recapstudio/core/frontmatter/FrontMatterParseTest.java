package io.recapstudio.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.Fixtures;
import io.recapstudio.core.post.Post;
import io.recapstudio.core.text.Diagnostic;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterParseTest {

    private static FrontMatter fixture(String name) throws IOException {
        return Post.read(Fixtures.post(name)).frontMatter();
    }

    @Test
    void yamlViewTypesTheKeysHugoUsesAndKeepsEveryOtherKey() throws IOException {
        FrontMatter fm = fixture("yaml-basic.md");

        assertThat(fm.format()).contains(FrontMatterFormat.YAML);
        assertThat(fm.isValid()).isTrue();
        assertThat(fm.title()).contains("Harbour Cloud Days 2031 Wrap-Up");
        assertThat(fm.date().orElseThrow().raw()).isEqualTo("2031-06-12 10:00:00+00:00");
        assertThat(fm.date().orElseThrow().value()).isEqualTo(OffsetDateTime.of(2031, 6, 12, 10, 0, 0, 0,
                ZoneOffset.UTC));
        assertThat(fm.lastmod().orElseThrow().value()).isEqualTo(OffsetDateTime.of(2031, 6, 14, 8, 30, 0, 0,
                ZoneOffset.ofHours(2)));
        assertThat(fm.description().orElseThrow()).startsWith("Harbour Cloud Days is over:");
        assertThat(fm.authors()).containsExactly("mokonkwo", "Mira Okonkwo");
        assertThat(fm.tags()).containsExactly("event", "cloud native", "recap");
        assertThat(fm.categories()).containsExactly("Events", "Community");
        assertThat(fm.aliases()).containsExactly("/news/hcd-2031/");
        assertThat(fm.url()).contains("/blog/2031/06/harbour-cloud-days-2031-wrap-up/");
        assertThat(fm.slug()).contains("harbour-cloud-days-2031");
        assertThat(fm.draft()).isTrue();
        assertThat(fm.resources()).hasSize(2);
        assertThat(fm.resources().get(0)).containsEntry("src", "**.{jpg,png}").containsEntry("title",
                "Image #:counter");
        assertThat(fm.params()).containsEntry("author", "Mira Okonkwo");
        assertThat(fm.get("params", "social", "github")).contains("miraok");
        assertThat(fm.get(KeyPath.parse("sponsors"))).get().asList().hasSize(2);
        assertThat(fm.get("notes")).contains("Literal block scalar.\n  Indented line stays indented.\n\n"
                + "After a blank line.\n");
        assertThat(fm.get("summary")).contains("A folded summary that spans two lines in the source.");
        assertThat(fm.has(KeyPath.of("empty_value"))).isTrue();
        assertThat(fm.get("empty_value")).isEmpty();
        assertThat(fm.get("big")).contains(31L);
        assertThat(fm.get("ratio")).contains(1.5);
        assertThat(fm.get("unicode")).contains("Caf\u00e9 \u2615 \uD83D\uDEA2");
        assertThat(fm.dateOf("quoted_date").orElseThrow().value()).isEqualTo(LocalDate.of(2031, 6, 12));
        assertThat(fm.dateOf("when_local").orElseThrow().value()).isEqualTo(LocalDateTime.of(2031, 6, 12, 9, 15));
    }

    @Test
    void eachTopLevelKeyKnowsTheWholeLinesItOccupies() throws IOException {
        FrontMatter fm = fixture("yaml-basic.md");
        String text = fm.text();

        assertThat(fm.entry("categories").orElseThrow().range().of(text))
                .isEqualTo("categories:\n  - Events\n  - Community\n");
        assertThat(fm.entry("notes").orElseThrow().range().of(text)).isEqualTo("notes: |\n  Literal block scalar.\n"
                + "    Indented line stays indented.\n\n  After a blank line.\n");
        assertThat(fm.entry("params").orElseThrow().range().of(text)).startsWith("params:\n  author: Mira Okonkwo # ")
                .endsWith("    - featured-stage.jpg\n");
        assertThat(fm.entry("title").orElseThrow().valueRange().of(text))
                .isEqualTo("'Harbour Cloud Days 2031 Wrap-Up'");
        assertThat(fm.entries()).extracting(FrontMatterEntry::key).startsWith("author", "date", "lastmod", "title");
    }

    @Test
    void keysAreFoundWithoutRegardToCaseAsHugoDoes() {
        FrontMatter fm = FrontMatter.parse("---\nTitle: Upper\nParams:\n  Author: Ana\n---\n");

        assertThat(fm.title()).contains("Upper");
        assertThat(fm.authors()).containsExactly("Ana");
        assertThat(fm.entry("title").orElseThrow().key()).isEqualTo("Title");
    }

    @Test
    void oddDatesParseAndTheirStyleWritesThemBackExactly() throws IOException {
        FrontMatter fm = fixture("yaml-odd-dates.md");

        FrontMatterDate date = fm.date().orElseThrow();
        assertThat(date.value()).isEqualTo(OffsetDateTime.of(2031, 6, 12, 9, 5, 0, 0, ZoneOffset.UTC));
        assertThat(date.style().padHour()).isFalse();
        assertThat(fm.publishDate().orElseThrow().value()).isEqualTo(OffsetDateTime.of(2031, 6, 12, 9, 5, 0, 0,
                ZoneOffset.ofHours(2)));
        assertThat(fm.lastmod().orElseThrow().hasTime()).isFalse();
        assertThat(fm.expiryDate().orElseThrow().value()).isEqualTo(OffsetDateTime.of(2031, 12, 31, 23, 59, 59,
                250_000_000, ZoneOffset.UTC));
        assertThat(fm.draft()).isFalse();
        for (String key : List.of("date", "publishDate", "lastmod", "expiryDate")) {
            FrontMatterDate d = fm.dateOf(key).orElseThrow();
            assertThat(d.style().format(d.value())).as(key).isEqualTo(d.raw());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-05-25 10:00:00+00:00", "2022-05-25T10:00:00Z", "2022-05-25 9:00:00+00:00",
        "2022-05-25", "2022-05-25T10:00:00", "2022-05-25T10:00:00.125+05:30", "2022-05-25 10:00:00 +0200",
        "2022-05-25t10:00", "2022-05-25 10:00:00 -03"})
    void everyDateStyleRoundTripsThroughItsStyle(String raw) {
        FrontMatterDate date = FrontMatterDate.parse(raw).orElseThrow();

        assertThat(date.style().format(date.value())).isEqualTo(raw);
    }

    @Test
    void textThatIsNotADateIsNotParsedAsOne() {
        assertThat(FrontMatterDate.parse("2022-13-01")).isEmpty();
        assertThat(FrontMatterDate.parse("May 25, 2022")).isEmpty();
        assertThat(FrontMatterDate.parse("2022-05-25 25:00:00")).isEmpty();
    }

    @Test
    void tomlViewReadsTablesArraysOfTablesAndInlineTables() throws IOException {
        FrontMatter fm = fixture("toml-basic.md");

        assertThat(fm.format()).contains(FrontMatterFormat.TOML);
        assertThat(fm.isValid()).isTrue();
        assertThat(fm.title()).contains("Harbour Cloud Days 2031 Wrap-Up");
        assertThat(fm.date().orElseThrow().raw()).isEqualTo("2031-06-12T10:00:00+00:00");
        assertThat(fm.categories()).containsExactly("Events", "Community");
        assertThat(fm.get("params", "venue", "city")).contains("Port Vela");
        assertThat(fm.get("extra", "mood")).contains("sunny");
        assertThat(fm.get("social", "github")).contains("miraok");
        assertThat(fm.resources()).hasSize(2);
        assertThat(fm.resources().get(1).get("params")).isEqualTo(Map.of("credit", "Harbour Cloud Days"));
        assertThat(fm.entries()).extracting(FrontMatterEntry::key).containsExactly("title", "date", "description",
                "draft", "tags", "categories", "aliases", "extra", "social", "notes", "params", "resources");
        assertThat(fm.entry("params").orElseThrow().range().of(fm.text())).startsWith("[params]\n")
                .endsWith("city = 'Port Vela'\n");
        assertThat(fm.bodyStart()).isEqualTo(fm.text().indexOf("\nThe Harbour"));
    }

    @Test
    void jsonViewKeepsKeyOrderAndStringsWithBraces() throws IOException {
        FrontMatter fm = fixture("json-basic.md");

        assertThat(fm.format()).contains(FrontMatterFormat.JSON);
        assertThat(fm.title()).contains("Harbour Cloud Days 2031 Wrap-Up");
        assertThat(fm.date().orElseThrow().value()).isEqualTo(OffsetDateTime.of(2031, 6, 12, 10, 0, 0, 0,
                ZoneOffset.UTC));
        assertThat(fm.get("escaped")).contains("a \"quoted\" word and a brace }");
        assertThat(fm.get("params", "venue", "name")).contains("Pier 9");
        assertThat(fm.entry("tags").orElseThrow().range().of(fm.text())).isEqualTo("    \"tags\": [\"event\", "
                + "\"recap\"],\n");
        assertThat(fm.text().substring(fm.bodyStart())).startsWith("\nThe Harbour");
    }

    @Test
    void blocksAreFoundAfterLeadingBlankLinesAndWithCrlfAndABlankLineBeforeTheClosingLine() {
        FrontMatter yaml = FrontMatter.parse("\r\n\r\n---\r\ntitle: x\r\n---\r\nbody");
        FrontMatter toml = FrontMatter.parse("+++\ntitle = \"x\"\n\n+++\nbody");

        assertThat(yaml.title()).contains("x");
        assertThat(yaml.block().orElseThrow().range().start()).isEqualTo(4);
        assertThat(yaml.text().substring(yaml.bodyStart())).isEqualTo("body");
        assertThat(toml.title()).contains("x");
        assertThat(toml.text().substring(toml.bodyStart())).isEqualTo("body");
    }

    @Test
    void textThatOnlyLooksLikeADelimiterIsNotFrontMatter() {
        assertThat(FrontMatter.parse("--- title\nx\n---\n").isPresent()).isFalse();
        assertThat(FrontMatter.parse("- list item\n").isPresent()).isFalse();
        assertThat(FrontMatter.parse("Body first\n---\ntitle: x\n---\n").isPresent()).isFalse();
        assertThat(FrontMatter.parse("").isPresent()).isFalse();
    }

    @Test
    void malformedYamlIsReportedWhereTheListOpensWithTheTextKept() throws IOException {
        Post post = Post.read(Fixtures.post("malformed-yaml.md"));
        Diagnostic d = post.diagnostics().get(0);

        assertThat(d.rule()).isEqualTo(FrontMatter.SYNTAX_RULE);
        assertThat(d.isError()).isTrue();
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(7);
        assertThat(d.message()).contains("list that opens here is not closed", "line 4, column 5");
        assertThat(post.frontMatter().entries()).isEmpty();
        assertThat(post.body()).isEqualTo("Body stays as typed.\n");
    }

    @Test
    void malformedTomlAndJsonAreReportedAtTheirErrors() throws IOException {
        Diagnostic toml = Post.read(Fixtures.post("malformed-toml.md")).diagnostics().get(0);
        Diagnostic json = Post.read(Fixtures.post("malformed-json.md")).diagnostics().get(0);

        assertThat(toml.rule()).isEqualTo(FrontMatter.SYNTAX_RULE);
        assertThat(toml.line()).isEqualTo(3);
        assertThat(toml.column()).isEqualTo(8);
        assertThat(json.rule()).isEqualTo(FrontMatter.SYNTAX_RULE);
        assertThat(json.line()).isEqualTo(3);
        assertThat(json.column()).isEqualTo(12);
    }

    @Test
    void yamlErrorsAreReportedAtTheirLineAndColumn() {
        FrontMatter badIndent = FrontMatter.parse("---\ntitle: x\n  bad: indent\n---\n");
        FrontMatter tabs = FrontMatter.parse("---\ntitle: x\n\tdate: y\n---\n");
        FrontMatter notAMap = FrontMatter.parse("---\n- a\n- b\n---\n");
        FrontMatter undefinedAlias = FrontMatter.parse("---\ntitle: *nothing\n---\n");

        assertThat(badIndent.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(6);
        });
        assertThat(tabs.diagnostics().get(0).line()).isEqualTo(3);
        assertThat(notAMap.diagnostics().get(0).message()).contains("not a list of 'key: value' lines");
        assertThat(undefinedAlias.diagnostics().get(0).message()).contains("*nothing");
        assertThat(undefinedAlias.diagnostics().get(0).column()).isEqualTo(8);
    }

    @Test
    void unterminatedBlockIsReportedAtItsOpeningDelimiter() throws IOException {
        Post post = Post.read(Fixtures.post("unterminated-yaml.md"));
        Diagnostic d = post.diagnostics().get(0);

        assertThat(d.rule()).isEqualTo(FrontMatter.UNTERMINATED_RULE);
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.column()).isEqualTo(1);
        assertThat(d.message()).contains("no closing '---' line");
        assertThat(post.bodyStart()).isZero();
        assertThat(FrontMatter.parse("{\"title\": \"x\"\nbody").diagnostics().get(0).rule())
                .isEqualTo(FrontMatter.UNTERMINATED_RULE);
    }

    @Test
    void undecodableBytesReadAsReplacementCharactersNotAsSyntaxErrors() throws IOException {
        Post post = Post.read(Fixtures.post("invalid-utf8.md"));

        assertThat(post.frontMatter().isValid()).isTrue();
        assertThat(post.frontMatter().title()).contains("Caf\uFFFD talks");
        assertThat(post.diagnostics()).extracting(Diagnostic::rule).containsExactly("encoding");
    }

    @Test
    void duplicateKeysAreWarnedAbout() {
        FrontMatter fm = FrontMatter.parse("---\ntitle: a\nTitle: b\n---\n");

        assertThat(fm.isValid()).isTrue();
        assertThat(fm.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(FrontMatter.DUPLICATE_KEY_RULE);
            assertThat(d.line()).isEqualTo(3);
        });
    }

    @Test
    void authorsComeFromAuthorAuthorsAndParams() {
        assertThat(FrontMatter.parse("---\nauthor: [a, b]\nauthors: [b, c]\n---\n").authors())
                .containsExactly("a", "b", "c");
        assertThat(FrontMatter.parse("+++\n[params]\nauthor = \"p\"\n+++\n").authors()).containsExactly("p");
        assertThat(FrontMatter.parse("{\"author\": \"j\"}\n").authors()).containsExactly("j");
    }

    @Test
    void draftAcceptsYamlOneOneWordsAndStrings() {
        assertThat(FrontMatter.parse("---\ndraft: yes\n---\n").draft()).isTrue();
        assertThat(FrontMatter.parse("---\ndraft: No\n---\n").draft()).isFalse();
        assertThat(FrontMatter.parse("---\ndraft: \"true\"\n---\n").draft()).isTrue();
        assertThat(FrontMatter.parse("+++\ndraft = true\n+++\n").draft()).isTrue();
        assertThat(FrontMatter.parse("---\ntitle: x\n---\n").draft()).isFalse();
    }
}
