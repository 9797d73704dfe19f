package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.recapstudio.hostile.HostileInputs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15: the site's config, catalog and schema files are read within the same limits as front matter. */
class DataParserLimitsTest {

    private static final Path FILE = Path.of("site", "hugo.yaml");

    private static SiteException refused(DataFormat format, String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                DataParser.parseMap(format, text, FILE);
            } catch (SiteException e) {
                return e;
            }
            throw new AssertionError("not refused");
        });
    }

    @Test
    void aBillionLaughsConfigIsRefusedNamingTheFile() {
        SiteException e = refused(DataFormat.YAML, HostileInputs.billionLaughsYaml());
        assertThat(e.getMessage()).startsWith(FILE + ":1: the file holds more than 20,000 values")
                .endsWith("; simplify it");
    }

    @Test
    void aMergeKeyBombConfigIsRefused() {
        SiteException e = refused(DataFormat.YAML, HostileInputs.mergeKeyBombYaml());
        assertThat(e.getMessage()).contains("more than 20,000 values");
    }

    @Test
    void deepYamlTomlAndJsonAreRefusedAsTooDeep() {
        assertThat(refused(DataFormat.YAML, HostileInputs.deepYamlFlow(10_000)).getMessage())
                .contains("the file nests maps or lists deeper than 100 levels");
        assertThat(refused(DataFormat.YAML, HostileInputs.deepYamlBlock(1_000)).getMessage())
                .contains("deeper than 100 levels");
        SiteException toml = refused(DataFormat.TOML, HostileInputs.deepTomlArray(10_000));
        assertThat(toml.getMessage()).contains("deeper than 100 levels");
        assertThat(toml.line()).isEqualTo(2);
        assertThat(refused(DataFormat.JSON, HostileInputs.deepJson(10_000)).getMessage())
                .contains("deeper than 100 levels").doesNotContain("StreamReadConstraints");
    }

    @Test
    void aHugeTomlArrayIsRefusedBeforeTomljParsesIt() {
        assertThat(refused(DataFormat.TOML, HostileInputs.hugeTomlArray(1_000_000)).getMessage())
                .contains("more than the 1 MB this app reads");
        assertThat(refused(DataFormat.TOML, HostileInputs.hugeTomlArray(100_000)).getMessage())
                .contains("more than 20,000 values");
    }

    @Test
    void javaTagsAreRefusedAndNeverConstructed() {
        SiteException e = refused(DataFormat.YAML, HostileInputs.javaTagYaml());
        assertThat(e.getMessage()).contains("YAML syntax error").contains("javax.script.ScriptEngineManager");
    }

    @Test
    void tooManyAliasesAreRefused() {
        String yaml = "a: &a [1]\nlist:\n" + "- *a\n".repeat(1_001);
        assertThat(refused(DataFormat.YAML, yaml).getMessage()).contains("more than 1,000 aliases");
    }

    @Test
    void recursiveKeysAreRefused() {
        SiteException e = refused(DataFormat.YAML, "&a [*a]: 1\n");
        assertThat(e.getMessage()).contains("hugo.yaml");
    }

    @Test
    void ordinaryConfigsStillParse() {
        Map<String, Object> map = DataParser.parseMap(DataFormat.YAML, "base: &b {x: 1}\nchild:\n  <<: *b\n  y: 2\n",
                FILE);
        assertThat(map.get("child")).isEqualTo(Map.of("x", 1, "y", 2));
    }
}
