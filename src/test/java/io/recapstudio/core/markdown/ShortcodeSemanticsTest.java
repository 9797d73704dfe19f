package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shortcodes run where and how Hugo runs them: {@code {{< >}}} output inserted after Markdown (a lone one taking its
 * paragraph's {@code <p>} with it), {@code {{% %}}} output rendered as Markdown, calls inside code executed,
 * escaped calls printed, nested calls in {@code .Inner}. Renderers here mirror three tiny Hugo templates, so the
 * golden HTML is Hugo's own output for {@code golden/shortcode-semantics.md}.
 */
class ShortcodeSemanticsTest {

    static final Map<String, String> TEMPLATES = Map.of(
            "box", "<div class=\"box\">{{ .Inner }}</div>\n",
            "inl", "<b>INL</b>",
            "md", "**bold** from _shortcode_ {{ .Get 0 }}");

    static final ShortcodeRenderers CATALOG = ShortcodeRenderers.of(Map.of(
            "box", (call, context) -> "<div class=\"box\">" + call.inner().orElse("") + "</div>\n",
            "inl", (call, context) -> "<b>INL</b>",
            "md", (call, context) -> "**bold** from _shortcode_ " + call.get(0).orElse("")),
            (call, context) -> {
                throw new ShortcodeException("test-unknown", "no template for " + call.name());
            });

    static String render(String markdown) {
        return new MarkdownRenderer(CATALOG, TestRenderers.images())
                .render(new RenderInput(markdown, null, 1, RenderOptions.preview())).html();
    }

    @Test
    void shortcodesRunWhereAndHowHugoRunsThem() {
        String expected = HtmlNormalizer.normalize(MarkdownGoldenTest.read("shortcode-semantics.html"));
        assertThat(HtmlNormalizer.normalize(render(MarkdownGoldenTest.read("shortcode-semantics.md"))))
                .isEqualTo(expected);
    }

    @Test
    @EnabledIf("io.recapstudio.core.markdown.HugoSite#hugoOnPath")
    void goldenShortcodeOutputIsWhatHugoBuilds(@TempDir Path dir) throws Exception {
        HugoSite site = new HugoSite(dir, true);
        for (Map.Entry<String, String> template : TEMPLATES.entrySet()) {
            site.shortcode(template.getKey(), template.getValue());
        }
        site.page("semantics", MarkdownGoldenTest.read("shortcode-semantics.md"));
        assertThat(HtmlNormalizer.normalize(site.build().get("semantics")))
                .isEqualTo(HtmlNormalizer.normalize(MarkdownGoldenTest.read("shortcode-semantics.html")));
    }
}
