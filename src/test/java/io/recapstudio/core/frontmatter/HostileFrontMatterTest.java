package io.recapstudio.core.frontmatter;

import static io.recapstudio.hostile.HostileInputs.billionLaughsYaml;
import static io.recapstudio.hostile.HostileInputs.deepJson;
import static io.recapstudio.hostile.HostileInputs.deepTomlArray;
import static io.recapstudio.hostile.HostileInputs.deepTomlTable;
import static io.recapstudio.hostile.HostileInputs.deepYamlBlock;
import static io.recapstudio.hostile.HostileInputs.deepYamlFlow;
import static io.recapstudio.hostile.HostileInputs.hugeTomlArray;
import static io.recapstudio.hostile.HostileInputs.javaTagYaml;
import static io.recapstudio.hostile.HostileInputs.mergeKeyBombYaml;
import static io.recapstudio.hostile.HostileInputs.tomlPost;
import static io.recapstudio.hostile.HostileInputs.yamlPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.recapstudio.core.text.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15: hostile front matter is refused with a message at its line, quickly, and never crashes the reader. */
class HostileFrontMatterTest {

    private static FrontMatter parse(String post) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FrontMatter.parse(post));
    }

    private static Diagnostic onlyError(FrontMatter fm) {
        assertThat(fm.isValid()).isFalse();
        assertThat(fm.entries()).isEmpty();
        assertThat(fm.diagnostics()).hasSize(1);
        Diagnostic d = fm.diagnostics().get(0);
        assertThat(d.rule()).isEqualTo(FrontMatter.SYNTAX_RULE);
        assertThat(d.message()).doesNotContain("Exception").doesNotContain("StreamReadConstraints");
        return d;
    }

    @Test
    void aBillionLaughsIsRefusedAsTooManyValuesAtTheAliasThatPassesTheLimit() {
        String post = yamlPost(billionLaughsYaml(), "Body\n");
        Diagnostic d = onlyError(parse(post));
        assertThat(d.message()).isEqualTo("The YAML front matter cannot be read: it holds more than 20,000 values "
                + "(counting what its aliases and merge keys repeat), more than this app reads. Simplify it (no real "
                + "post needs this much); the text is kept as it is.");
        assertThat(d.line()).isBetween(5, 11);
    }

    @Test
    void aMergeKeyBombIsRefusedAsTooManyValues() {
        Diagnostic d = onlyError(parse(yamlPost(mergeKeyBombYaml(), "")));
        assertThat(d.message()).contains("more than 20,000 values");
    }

    @Test
    void tenThousandNestedFlowListsAreRefusedWhereTheHundredAndFirstOpens() {
        Diagnostic d = onlyError(parse(yamlPost(deepYamlFlow(10_000), "")));
        assertThat(d.message()).contains("it nests maps or lists deeper than 100 levels");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(4 + 99);
    }

    @Test
    void aThousandNestedBlockMapsAreRefused() {
        Diagnostic d = onlyError(parse(yamlPost(deepYamlBlock(1_000), "")));
        assertThat(d.message()).contains("deeper than 100 levels");
        assertThat(d.line()).isBetween(101, 103);
    }

    @Test
    void aHundredLevelsAreStillReadInEveryFormat() {
        for (String post : List.of(yamlPost(deepYamlFlow(99), ""), tomlPost(deepTomlArray(99), ""),
                deepJson(99) + "\n")) {
            FrontMatter fm = parse(post);
            assertThat(fm.diagnostics()).as(post.substring(0, 3)).isEmpty();
            assertThat(fm.title()).contains("deep");
        }
    }

    @Test
    void aliasesThatNestAnAnchorInsideItselfRepeatedlyAreBoundedByDepthToo() {
        StringBuilder yaml = new StringBuilder("a0: &a0 " + "[".repeat(60) + "]".repeat(60) + "\n");
        for (int i = 1; i < 5; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" ").append("[".repeat(30)).append("*a")
                    .append(i - 1).append("]".repeat(30)).append('\n');
        }
        Diagnostic d = onlyError(parse(yamlPost(yaml.toString(), "")));
        assertThat(d.message()).contains("deeper than 100 levels");
    }

    @Test
    void javaTagsNeverConstructObjectsAndReadAsTheirText() {
        FrontMatter fm = parse(yamlPost(javaTagYaml(), ""));
        assertThat(fm.isValid()).isTrue();
        Object z = fm.get("z").orElseThrow();
        assertThat(z).isInstanceOf(List.class);
        assertThat(z.toString()).contains("http://127.0.0.1:1/");
        assertThat(flatten(z)).allMatch(v -> v instanceof String || v instanceof List<?> || v instanceof Map<?, ?>);
    }

    @Test
    void moreThanAThousandAliasesAreRefused() {
        StringBuilder yaml = new StringBuilder("a: &a 1\nlist:\n");
        yaml.append("- *a\n".repeat(1_001));
        Diagnostic d = onlyError(parse(yamlPost(yaml.toString(), "")));
        assertThat(d.message()).contains("more than 1,000 aliases");
    }

    @Test
    void frontMatterOverAMegabyteIsRefusedBeforeParsing() {
        String big = "title: big\ntext: \"" + "a".repeat(ParseLimits.MAX_CHARS) + "\"\n";
        Diagnostic d = onlyError(parse(yamlPost(big, "")));
        assertThat(d.message()).contains("it is 1.0 MB, more than the 1 MB this app reads");
    }

    @Test
    void tomlNestedTenThousandDeepIsRefusedBeforeTomljRecurses() {
        Diagnostic d = onlyError(parse(tomlPost(deepTomlArray(10_000), "")));
        assertThat(d.message()).startsWith("The TOML front matter cannot be read: it nests maps or lists deeper "
                + "than 100 levels");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(5 + 99);
    }

    @Test
    void tomlInlineTablesAndDottedKeysNestedAThousandDeepAreRefused() {
        assertThat(onlyError(parse(tomlPost(deepTomlTable(1_000), ""))).message()).contains("deeper than 100");
        String dotted = "title = 'x'\n" + "a.".repeat(1_000) + "b = 1\n";
        assertThat(onlyError(parse(tomlPost(dotted, ""))).message()).contains("deeper than 100");
        String header = "title = 'x'\n[" + "a.".repeat(1_000) + "b]\nc = 1\n";
        assertThat(onlyError(parse(tomlPost(header, ""))).message()).contains("deeper than 100");
    }

    @Test
    void aTomlArrayOfAMillionItemsIsRefusedQuickly() {
        Diagnostic d = onlyError(parse(tomlPost(hugeTomlArray(1_000_000), "")));
        assertThat(d.message()).contains("is 1.9 MB, more than the 1 MB");
        Diagnostic fewer = onlyError(parse(tomlPost(hugeTomlArray(100_000), "")));
        assertThat(fewer.message()).contains("more than 20,000 values");
        assertThat(fewer.line()).isEqualTo(3);
    }

    @Test
    void tomlBracketsInsideStringsAndCommentsDoNotCount() {
        String toml = "title = \"[[[[\" # {{{{\nx = '''\n" + "[".repeat(500) + "\n'''\ny = [1, [2, {a = \"]\"}]]\n";
        FrontMatter fm = parse(tomlPost(toml, ""));
        assertThat(fm.diagnostics()).isEmpty();
        assertThat(fm.title()).contains("[[[[");
    }

    @Test
    void jsonNestedTenThousandDeepIsRefusedInPlainWords() {
        Diagnostic d = onlyError(parse(deepJson(10_000) + "\nBody\n"));
        assertThat(d.message()).isEqualTo("The JSON front matter cannot be read: it nests maps or lists deeper than "
                + "100 levels, more than this app reads. Simplify it (no real post needs this much); the text is "
                + "kept as it is.");
        assertThat(d.line()).isEqualTo(1);
    }

    @Test
    void aJsonArrayOfManyItemsIsRefusedAsTooManyValues() {
        String json = "{\"title\": \"x\", \"d\": [" + "1,".repeat(30_000) + "1]}\n";
        assertThat(onlyError(parse(json)).message()).contains("more than 20,000 values");
    }

    private static List<Object> flatten(Object value) {
        List<Object> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>(List.of(value));
        while (!todo.isEmpty()) {
            Object v = todo.pop();
            out.add(v);
            if (v instanceof List<?> list) {
                list.forEach(todo::push);
            } else if (v instanceof Map<?, ?> map) {
                map.values().forEach(todo::push);
            }
        }
        return out;
    }
}
