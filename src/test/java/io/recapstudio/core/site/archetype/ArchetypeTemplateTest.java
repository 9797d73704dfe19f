package io.recapstudio.core.site.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.recapstudio.core.site.HugoBinary;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteConfig;
import io.recapstudio.core.site.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchetypeTemplateTest {

    private static final ZonedDateTime DATE = ZonedDateTime.of(2024, 5, 6, 9, 30, 0, 0, ZoneOffset.ofHours(2));
    private static final Path FILE = Path.of("archetypes/blog.md");

    @TempDir
    Path dir;

    private static SiteConfig config(Map<String, Object> values) {
        return new SiteConfig(values, List.of());
    }

    private static ArchetypeContext context(String name, SiteConfig site) {
        return new ArchetypeContext("The Reef, Revisited", name, "blog", DATE, DATE.plusYears(1),
                "blog/" + name + "/index.md", site, "en");
    }

    private static String render(String template) {
        return ArchetypeTemplate.parse(template, FILE).render(context("the-state-of-a-reef",
                config(Map.of("title", "Reef Site", "params", Map.of("author", "Mira")))));
    }

    @Test
    void theDefaultArchetypeOfHugo() {
        assertThat(render("---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\ndraft: true\n---\n"))
                .isEqualTo("---\ntitle: \"The State of a Reef\"\ndate: 2024-05-06T09:30:00+02:00\ndraft: true\n---\n");
        assertThat(render("+++\ntitle = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\n+++\n"))
                .isEqualTo("+++\ntitle = 'The State of a Reef'\n+++\n");
    }

    @Test
    void fieldsFunctionsVariablesConditionsAndTrimming() {
        assertThat(render("{{ .Title }}|{{ .Type }}|{{ .Section }}|{{ .Site.Title }}|{{ .Site.Params.author }}"))
                .isEqualTo("The Reef, Revisited|blog|blog|Reef Site|Mira");
        assertThat(render("{{ now.Format \"2006-01-02\" }} {{ dateFormat \"Jan 2, 2006\" .Date }} "
                + "{{ time.Format \"2006\" .Date }} {{ .Date.Format \"15:04\" }}"))
                .isEqualTo("2025-05-06 May 6, 2024 2024 09:30");
        assertThat(render("{{ $a := .Site.Params.author | lower }}{{ $a }}-{{ printf \"%s/%d\" .Name 7 }}"))
                .isEqualTo("mira-the-state-of-a-reef/7");
        assertThat(render("{{ with .Site.Params.author }}by {{ . }}{{ else }}anon{{ end }}"
                + "{{ if .Site.Params.missing }}x{{ else if eq .Section \"blog\" }} in blog{{ end }}"))
                .isEqualTo("by Mira in blog");
        assertThat(render("a  {{- \"b\" -}}  \n c{{/* gone */}}d")).isEqualTo("abc" + "d");
        assertThat(render("{{ default \"none\" .Site.Params.missing }} {{ humanize .Name }} {{ upper (urlize \"A B\") }}"))
                .isEqualTo("none The state of a reef A-B");
        assertThat(render("{{ .File.ContentBaseName }} {{ .File.Path }} {{ .File.Dir }} {{ site.Title }}"))
                .isEqualTo("the-state-of-a-reef blog/the-state-of-a-reef/index.md blog/the-state-of-a-reef/ Reef Site");
    }

    @Test
    void unsupportedConstructsNameTheLine() {
        assertThatThrownBy(() -> render("---\ntitle: x\n{{ range .Site.Params }}{{ . }}{{ end }}\n---\n"))
                .isInstanceOf(ArchetypeException.class).hasMessageContaining("blog.md:3:").hasMessageContaining("range");
        assertThatThrownBy(() -> render("line one\n{{ .Resources.Get \"x\" }}"))
                .isInstanceOf(ArchetypeException.class).hasMessageContaining("blog.md:2:")
                .hasMessageContaining(".Resources");
        assertThatThrownBy(() -> render("\n\n\n{{ partial \"x.html\" . }}"))
                .isInstanceOf(ArchetypeException.class).hasMessageContaining("blog.md:4:")
                .hasMessageContaining("partial");
        assertThatThrownBy(() -> render("{{ if .Name }}never closed"))
                .isInstanceOf(ArchetypeException.class).hasMessageContaining("{{ end }}");
        assertThatThrownBy(() -> render("{{ replace .Name }}"))
                .isInstanceOf(ArchetypeException.class).hasMessageContaining("replace");
    }

    @Test
    void rendersWhatHugoNewRendersForTheSameArchetype() throws Exception {
        Optional<Path> hugo = HugoBinary.find();
        assumeTrue(hugo.isPresent(), "no hugo on PATH");
        String archetype = """
                ---
                title: "{{ replace .Name "-" " " | title }}"
                slug: {{ .File.ContentBaseName | urlize }}
                type: {{ .Type }}
                section: {{ .Section }}
                trimmed: {{- " spaced" }}
                {{/* a comment */}}
                {{ with .Site.Params.author }}author: {{ . }}{{ end }}
                {{ if eq .Section "blog" }}isblog: true{{ else }}isblog: false{{ end }}
                site: {{ .Site.Title }}
                humanized: {{ humanize "reef-day_two" }}
                year: {{ now.Format "2006" }}
                file: {{ .File.Path }} {{ .File.Dir }} {{ .File.LogicalName }} {{ .File.BaseFileName }}
                df: {{ dateFormat "Jan 2006" "2024-05-06" }}
                pr: {{ printf "%s-%d" "a" 3 }}
                titles: {{ title "an ode to the sea and the shore" }} / {{ title "from here to there" }}
                ---
                """;
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "baseURL = \"https://example.org/\"\ntitle = \"Reef Site\"\n[params]\nauthor = \"Mira\"\n");
        site.write("archetypes/blog.md", archetype);
        site.write("content/_index.md", "---\ntitle: home\n---\n");
        Process p = new ProcessBuilder(hugo.get().toString(), "new", "--source", dir.toString(),
                "blog/the-state-of-a-reef/index.md").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        String byHugo = Files.readString(dir.resolve("content/blog/the-state-of-a-reef/index.md"));
        ArchetypeContext c = new ArchetypeContext("unused", "the-state-of-a-reef", "blog", DATE,
                ZonedDateTime.now(), "blog/the-state-of-a-reef/index.md", Site.open(dir).config(), "en");
        assertThat(ArchetypeTemplate.parse(archetype, FILE).render(c)).isEqualTo(byHugo);
    }
}
