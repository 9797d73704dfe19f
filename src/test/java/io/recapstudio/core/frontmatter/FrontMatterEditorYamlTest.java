package io.recapstudio.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.text.TextEdit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lossless YAML edits: each test states the exact text after one edit. */
class FrontMatterEditorYamlTest {

    private static final String POST = String.join("\n",
            "---",
            "author: mokonkwo",
            "# when it went live",
            "date: 2031-06-12 9:00:00+00:00",
            "title: 'Harbour Days Recap' # keep it short",
            "draft: yes",
            "tags: [event]",
            "categories:",
            "  - Events",
            "notes: |",
            "  # not a comment",
            "  second line",
            "summary: >-",
            "  a folded text that",
            "  spans two lines",
            "resources:",
            "- src: \"**.{jpg,png}\"",
            "  title: \"Image #:counter\"",
            "params:",
            "  author: Mira",
            "  nested:",
            "    deep: 1",
            "---",
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
    void settingATitleKeepsItsQuotesAndItsComment() {
        assertThat(edit(POST, "title", "It's a recap: 2031"))
                .isEqualTo(POST.replace("title: 'Harbour Days Recap'", "title: 'It''s a recap: 2031'"));
    }

    @Test
    void booleansKeepTheirYesNoSpelling() {
        assertThat(edit(POST, "draft", false)).isEqualTo(POST.replace("draft: yes", "draft: no"));
    }

    @Test
    void datesKeepTheirStyleSpaceOneDigitHourAndColonOffset() {
        OffsetDateTime value = OffsetDateTime.of(2032, 1, 2, 8, 4, 0, 0, ZoneOffset.ofHours(2));

        assertThat(edit(POST, "date", value)).isEqualTo(POST.replace("date: 2031-06-12 9:00:00+00:00",
                "date: 2032-01-02 8:04:00+02:00"));
    }

    @Test
    void aNewDateGoesAfterTheDateInTheFilesDateStyle() {
        assertThat(edit(POST, "lastmod", OffsetDateTime.of(2031, 6, 13, 14, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo(POST.replace("date: 2031-06-12 9:00:00+00:00\n",
                        "date: 2031-06-12 9:00:00+00:00\nlastmod: 2031-06-13 14:30:00+00:00\n"));
    }

    @Test
    void aNewDescriptionGoesAfterTheTitleQuotedOnlyBecauseItNeedsIt() {
        assertThat(edit(POST, "description", "Talks: the best of"))
                .isEqualTo(POST.replace("# keep it short\n", "# keep it short\ndescription: \"Talks: the best of\"\n"));
        assertThat(edit(POST, "description", "Plain words"))
                .isEqualTo(POST.replace("# keep it short\n", "# keep it short\ndescription: Plain words\n"));
    }

    @Test
    void listsKeepFlowOrBlockStyle() {
        assertThat(edit(POST, "tags", List.of("event", "cloud native", "yes")))
                .isEqualTo(POST.replace("tags: [event]", "tags: [event, cloud native, \"yes\"]"));
        assertThat(edit(POST, "categories", List.of("Events", "Community")))
                .isEqualTo(POST.replace("  - Events\n", "  - Events\n  - Community\n"));
    }

    @Test
    void aNewKeyWithoutARelatedKeyGoesBeforeTheStructuredKeys() {
        assertThat(edit(POST, "event", "Harbour Days")).isEqualTo(POST.replace("resources:\n",
                "event: Harbour Days\nresources:\n"));
    }

    @Test
    void blockScalarsKeepTheirIndicatorAndFoldedTextIsWrappedAsBefore() {
        assertThat(edit(POST, "notes", "first\nsecond\n"))
                .isEqualTo(POST.replace("  # not a comment\n  second line\n", "  first\n  second\n"));
        assertThat(edit(POST, "summary", "a much longer folded text that needs to be wrapped over several lines"))
                .isEqualTo(POST.replace("  a folded text that\n  spans two lines\n",
                        "  a much longer folded text that needs\n  to be wrapped over several lines\n"));
    }

    @Test
    void nestedKeysAreSetAddedAndRemovedInsideTheirMap() {
        assertThat(edit(POST, "params.author", "Mira Okonkwo"))
                .isEqualTo(POST.replace("  author: Mira\n", "  author: Mira Okonkwo\n"));
        assertThat(edit(POST, "params.mastodon", "@mira@harbour.example"))
                .isEqualTo(POST.replace("    deep: 1\n", "    deep: 1\n  mastodon: \"@mira@harbour.example\"\n"));
        assertThat(edit(POST, "params.nested.deeper", Map.of("x", true)))
                .isEqualTo(POST.replace("    deep: 1\n", "    deep: 1\n    deeper:\n      x: true\n"));
        assertThat(remove(POST, "params.author")).isEqualTo(POST.replace("  author: Mira\n", ""));
        assertThat(remove(POST, "params.nested.deep")).isEqualTo(POST.replace("  nested:\n    deep: 1\n",
                "  nested: {}\n"));
    }

    @Test
    void settingAMapChangesOnlyTheKeysThatDiffer() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("author", "Mira");
        params.put("nested", Map.of("deep", 2L));

        assertThat(edit(POST, "params", params)).isEqualTo(POST.replace("    deep: 1\n", "    deep: 2\n"));
    }

    @Test
    void removingAKeyDeletesExactlyItsLines() {
        assertThat(remove(POST, "notes")).isEqualTo(POST.replace("notes: |\n  # not a comment\n  second line\n", ""));
        assertThat(remove(POST, "date")).isEqualTo(POST.replace("date: 2031-06-12 9:00:00+00:00\n", ""));
        assertThat(remove(POST, "resources")).isEqualTo(POST.replace(
                "resources:\n- src: \"**.{jpg,png}\"\n  title: \"Image #:counter\"\n", ""));
        assertThat(FrontMatterEditor.of(POST).remove("missing")).isEmpty();
    }

    @Test
    void aListOfMapsIsWrittenAsTheResourcesBlockIs() {
        List<Object> resources = List.of(
                ordered("src", "**.{jpg,png}", "title", "Image #:counter"),
                ordered("src", "photos/*", "title", "Photo :counter", "params", Map.of("credit", "HCD")));

        assertThat(edit(POST, "resources", resources)).isEqualTo(POST.replace("  title: \"Image #:counter\"\n",
                "  title: \"Image #:counter\"\n- src: \"photos/*\"\n  title: \"Photo :counter\"\n  params:\n"
                        + "    credit: HCD\n"));
    }

    @Test
    void aValueChangingShapeReplacesOnlyItsOwnLines() {
        assertThat(edit(POST, "tags", List.of(Map.of("name", "x"))))
                .isEqualTo(POST.replace("tags: [event]\n", "tags:\n  - name: x\n"));
        assertThat(edit(POST, "categories", "Events"))
                .isEqualTo(POST.replace("categories:\n  - Events\n", "categories: Events\n"));
        assertThat(edit(POST, "notes", "one line"))
                .isEqualTo(POST.replace("notes: |\n  # not a comment\n  second line\n", "notes: |-\n  one line\n"));
    }

    @Test
    void flowMapsAreEditedInPlace() {
        String post = "---\ntitle: x\nparams: {author: a, b: 1}\n---\n";

        assertThat(edit(post, "params.author", "z")).isEqualTo("---\ntitle: x\nparams: {author: z, b: 1}\n---\n");
        assertThat(edit(post, "params.c", "new")).isEqualTo("---\ntitle: x\nparams: {author: a, b: 1, c: new}\n---\n");
        assertThat(remove(post, "params.b")).isEqualTo("---\ntitle: x\nparams: {author: a}\n---\n");
    }

    @Test
    void crlfFilesGetCrlfLinesAndTheFileQuoteCharacter() {
        String post = "---\r\ntitle: 'x'\r\ntags:\r\n- a\r\n---\r\n";

        assertThat(edit(post, "description", "yes")).isEqualTo("---\r\ntitle: 'x'\r\ndescription: 'yes'\r\ntags:\r\n"
                + "- a\r\n---\r\n");
        assertThat(edit(post, "categories", List.of("b"))).isEqualTo("---\r\ntitle: 'x'\r\ntags:\r\n- a\r\n"
                + "categories:\r\n- b\r\n---\r\n");
    }

    @Test
    void keysAreMatchedWithoutRegardToCase() {
        assertThat(edit("---\nTitle: Old\n---\n", "title", "New")).isEqualTo("---\nTitle: New\n---\n");
    }

    @Test
    void aPostWithoutFrontMatterGetsANewYamlBlockWithItsLineBreak() {
        assertThat(edit("Body only\r\n", "title", "New")).isEqualTo("---\r\ntitle: New\r\n---\r\nBody only\r\n");
        assertThat(edit("", "params.author", "Ana")).isEqualTo("---\nparams:\n  author: Ana\n---\n");
    }

    @Test
    void anEmptyBlockReceivesTheFirstKey() {
        assertThat(edit("---\n---\nBody\n", "title", "x")).isEqualTo("---\ntitle: x\n---\nBody\n");
    }

    @Test
    void emptyValuesAreFilledOnTheirLine() {
        assertThat(edit("---\ntitle:\nnext: 1\n---\n", "title", "x")).isEqualTo("---\ntitle: x\nnext: 1\n---\n");
        assertThat(edit("---\nparams:\nnext: 1\n---\n", "params.a", "b"))
                .isEqualTo("---\nparams:\n  a: b\nnext: 1\n---\n");
    }

    @Test
    void stringsThatYamlWouldReadAsSomethingElseAreQuoted() {
        for (String value : List.of("yes", "123", "1.5", "null", "~", "2031-06-12x", "#tag", "- item", "a: b",
                "trailing ", "", "@handle", "*star", "it's \"both\"")) {
            String result = edit("---\ntitle: x\n---\n", "title", value);
            assertThat(FrontMatter.parse(result).get("title")).as(value).contains(value);
        }
        assertThat(edit("---\ntitle: x\n---\n", "title", "multi\nline")).isEqualTo("---\ntitle: |-\n  multi\n  line\n"
                + "---\n");
    }

    @Test
    void settingTheSameValueChangesNothing() {
        assertThat(FrontMatterEditor.of(POST).set("draft", true)).isEmpty();
        assertThat(FrontMatterEditor.of(POST).set("tags", List.of("event"))).isEmpty();
    }

    @Test
    void localDatesAndDateTimesAreWrittenWithoutInventingAnOffset() {
        String post = "---\ntitle: x\n---\n";

        assertThat(edit(post, "date", LocalDate.of(2031, 6, 12))).isEqualTo("---\ntitle: x\ndate: 2031-06-12\n---\n");
        assertThat(edit(post, "date", LocalDateTime.of(2031, 6, 12, 10, 0)))
                .isEqualTo("---\ntitle: x\ndate: 2031-06-12T10:00:00\n---\n");
    }

    @Test
    void editsAreRefusedOnMalformedFrontMatterAndOnPathsThroughNonMaps() {
        assertThatThrownBy(() -> FrontMatterEditor.of("---\ntitle: [x\n---\n").set("title", "y"))
                .isInstanceOf(FrontMatterEditException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> FrontMatterEditor.of(POST).set("tags.x", "y"))
                .isInstanceOf(FrontMatterEditException.class).hasMessageContaining("'tags'");
    }

    @Test
    void editsAreTextEditsOnTheWholePostText() {
        List<TextEdit> edits = FrontMatterEditor.of(POST).set("draft", false);

        assertThat(edits).singleElement().satisfies(e -> {
            assertThat(e.range().of(POST)).isEqualTo("yes");
            assertThat(e.replacement()).isEqualTo("no");
        });
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
