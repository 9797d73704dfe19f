package io.recapstudio.core.shortcode.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.shortcode.Delimiter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortcodeTemplateAnalyzerTest {

    private static ParamSpec only(TemplateShortcode t, String name) {
        return t.params().stream().filter(p -> name.equals(p.name())).findFirst().orElseThrow();
    }

    @Test
    void aNameWithAPositionalFallbackIsOneParameterWithBoth() {
        TemplateShortcode t = ShortcodeTemplateAnalyzer.analyze("""
                {{ $id := .Get "id" | default (.Get 0) }}
                <iframe src="https://video.example/{{ $id }}"></iframe>
                """);
        assertThat(t.params()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("id");
            assertThat(p.position()).isZero();
        });
        TemplateShortcode reversed = ShortcodeTemplateAnalyzer.analyze(
                "{{ $src := default (.Get 0) (.Get \"src\") }}{{ $src }}");
        assertThat(reversed.params()).singleElement().extracting(ParamSpec::name, ParamSpec::position)
                .containsExactly("src", 0);
        TemplateShortcode cond = ShortcodeTemplateAnalyzer.analyze(
                "{{ $u := cond .IsNamedParams (.Get \"user\") (.Get 0) }}{{ $u }}");
        assertThat(cond.params()).singleElement().extracting(ParamSpec::name, ParamSpec::position)
                .containsExactly("user", 0);
    }

    @Test
    void aVariableReassignedFromAPositionJoinsTheNamedParameter() {
        TemplateShortcode t = ShortcodeTemplateAnalyzer.analyze("""
                {{ $file := .Get "file" }}
                {{ if not $file }}{{ $file = .Get 0 }}{{ end }}
                {{ with .Get 1 }}<p>{{ . }}</p>{{ end }}
                """);
        assertThat(t.params()).extracting(ParamSpec::name, ParamSpec::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("file", 0),
                        org.assertj.core.groups.Tuple.tuple(null, 1));
    }

    @Test
    void defaultsAndTheirTypesComeFromDefaultCalls() {
        TemplateShortcode t = ShortcodeTemplateAnalyzer.analyze("""
                {{ $title := .Get "title" | default "Video title" }}
                {{ $rows := .Get "rowHeight" | default (.Site.Params.reefRowHeight | default 180) }}
                {{ $lazy := default true (.Get "lazy") }}
                {{ $order := .Get "order" | default (site.Params.reefOrder | default "asc") }}
                {{ if eq $order "desc" }}reverse{{ else if eq $order "random" }}shuffle{{ end }}
                {{ $w := int (.Get "width") }}
                {{ $caption := "No caption" }}{{ with .Get "caption" }}{{ $caption = . }}{{ end }}
                """);
        assertThat(only(t, "title").defaultValue()).isEqualTo("Video title");
        assertThat(only(t, "title").type()).isEqualTo(ParamType.STRING);
        assertThat(only(t, "rowHeight")).extracting(ParamSpec::defaultValue, ParamSpec::type)
                .containsExactly("180", ParamType.INTEGER);
        assertThat(only(t, "lazy")).extracting(ParamSpec::defaultValue, ParamSpec::type)
                .containsExactly("true", ParamType.BOOLEAN);
        assertThat(only(t, "order").type()).isEqualTo(ParamType.CHOICE);
        assertThat(only(t, "order").choices()).containsExactlyInAnyOrder("asc", "desc", "random");
        assertThat(only(t, "width").type()).isEqualTo(ParamType.INTEGER);
        assertThat(only(t, "caption").defaultValue()).isEqualTo("No caption");
    }

    @Test
    void innerContentAndTheCallFormItSuits() {
        TemplateShortcode raw = ShortcodeTemplateAnalyzer.analyze("<div class=\"callout\">{{ .Inner }}</div>");
        assertThat(raw.inner()).isTrue();
        assertThat(raw.delimiter()).isEqualTo(Delimiter.PERCENT);
        TemplateShortcode rendered = ShortcodeTemplateAnalyzer.analyze(
                "<div>{{ .InnerDeindent | .Page.RenderString }}</div>");
        assertThat(rendered.inner()).isTrue();
        assertThat(rendered.delimiter()).isEqualTo(Delimiter.ANGLE);
        TemplateShortcode none = ShortcodeTemplateAnalyzer.analyze("<hr class=\"{{ .Get 0 }}\">");
        assertThat(none.inner()).isFalse();
        assertThat(none.delimiter()).isEqualTo(Delimiter.ANGLE);
    }

    @Test
    void paramsReadThroughParamsIndexAndDollarDotAndNotThePagesOrSitesParams() {
        TemplateShortcode t = ShortcodeTemplateAnalyzer.analyze("""
                {{ range .Page.Resources }}{{ $.Get "match" }}{{ end }}
                {{ index .Params 1 }} {{ index .Params "alt" }} {{ .Params.color }}
                {{ .Site.Params.brand }} {{ .Page.Params.author }} {{ .Page.Scratch.Get "seen" }}
                {{ with .Get `label` }}{{ . }}{{ end }}
                """);
        assertThat(t.params()).extracting(ParamSpec::label)
                .containsExactlyInAnyOrder("#1", "match", "alt", "color", "label");
        assertThat(t.anyParams()).isFalse();
        assertThat(ShortcodeTemplateAnalyzer.analyze("{{ range $k, $v := .Params }}{{ $k }}{{ end }}").anyParams())
                .isTrue();
    }

    @Test
    void anErrorWhenAParameterIsMissingMakesItRequired() {
        TemplateShortcode t = ShortcodeTemplateAnalyzer.analyze("""
                {{ $user := .Get "user" }}
                {{ if not $user }}{{ errorf "the post shortcode needs a user: %s" .Position }}{{ end }}
                {{ with .Get "id" }}{{ . }}{{ else }}{{ errorf "missing id" }}{{ end }}
                {{ if .Get "note" }}{{ .Get "note" }}{{ end }}
                """);
        assertThat(only(t, "user").required()).isTrue();
        assertThat(only(t, "id").required()).isTrue();
        assertThat(only(t, "note").required()).isFalse();
    }

    @Test
    void resourceLookupsMakeResourceAndGlobTypes() {
        TemplateShortcode t = ShortcodeTemplateAnalyzer.analyze("""
                {{ $img := .Page.Resources.GetMatch (printf "**%s*" (.Get 0)) }}
                {{ $all := .Page.Resources.Match (.Get "pattern") }}
                """);
        assertThat(t.params()).extracting(ParamSpec::type).containsExactly(ParamType.RESOURCE, ParamType.GLOB);
    }

    @Test
    void hugoStyleDocCommentsGiveDescriptionTypesAndDefaults() {
        TemplateShortcode t = ShortcodeTemplateAnalyzer.analyze("""
                {{- /*
                Renders a tide chart for a harbour.

                @param {string} harbour The harbour code.
                @param {int} [days=3] How many days to show.
                @returns template.HTML
                */ -}}
                {{ $h := .Get "harbour" }}{{ $d := .Get "days" }}
                """);
        assertThat(t.description()).isEqualTo("Renders a tide chart for a harbour.");
        assertThat(only(t, "harbour").required()).isTrue();
        assertThat(only(t, "harbour").description()).isEqualTo("The harbour code.");
        assertThat(only(t, "days")).extracting(ParamSpec::type, ParamSpec::defaultValue, ParamSpec::required)
                .containsExactly(ParamType.INTEGER, "3", false);
    }

    @Test
    void docsyStyleDocCommentsWithPositionAndNameAndQuotedDefaults() {
        TemplateShortcode t = ShortcodeTemplateAnalyzer.analyze("""
                {{/*
                @param {string} [0/harbour] The harbour code.
                @param {string} [label=""] Text above the chart.
                @param {string} [tone="calm sea"] Colour scheme.
                */ -}}
                {{ $h := .Get 0 | default (.Get "harbour") }}{{ with .Get "label" }}{{ . }}{{ end }}
                """);
        assertThat(t.params()).extracting(ParamSpec::name, ParamSpec::position, ParamSpec::defaultValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("harbour", 0, null),
                        org.assertj.core.groups.Tuple.tuple("label", null, ""),
                        org.assertj.core.groups.Tuple.tuple("tone", null, "calm sea"));
        assertThat(t.params().get(0).description()).isEqualTo("The harbour code.");
    }

    @Test
    void orFallbacksAndCommentsContainingCallsAreRead() {
        TemplateShortcode t = ShortcodeTemplateAnalyzer.analyze("""
                {{- /*
                Renders a buoy.
                @param {string} [label=Harbour buoy] Its label.
                @example {{< buoy label="North" >}}
                */ -}}
                {{ $size := "small" }}
                {{ $label := or (.Get "label") "" }}
                {{ $depth := or (.Get "depth") 12 }}
                {{ $size := or ($.Get "size") $size }}
                """);
        assertThat(t.description()).isEqualTo("Renders a buoy.");
        assertThat(t.params()).extracting(ParamSpec::name, ParamSpec::defaultValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("label", ""), org.assertj.core.groups.Tuple.tuple("depth", "12"),
                org.assertj.core.groups.Tuple.tuple("size", "small"));
        assertThat(t.params().get(0).description()).isEqualTo("Its label.");
    }

    @Test
    void positionalParametersComeFirstInOrder() {
        TemplateShortcode t = ShortcodeTemplateAnalyzer.analyze(
                "{{ .Get \"title\" }}{{ .Get 2 }}{{ .Get 0 }}{{ .Get 1 }}");
        assertThat(t.params()).extracting(ParamSpec::position).containsExactly(0, 1, 2, null);
        assertThat(t.params()).extracting(ParamSpec::label).last().isEqualTo("title");
        assertThat(List.of(t.params().get(0).label())).containsExactly("#0");
    }
}
