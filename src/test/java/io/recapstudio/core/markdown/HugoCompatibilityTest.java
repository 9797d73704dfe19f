package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds every golden Markdown file with the real Hugo on PATH (CI installs Debian's hugo) and checks that Hugo's
 * HTML, the golden HTML and the pipeline's HTML agree, construct by construct, with raw HTML allowed and not.
 */
@EnabledIf("io.recapstudio.core.markdown.HugoSite#hugoOnPath")
class HugoCompatibilityTest {

    @Test
    void hugoRendersEachConstructAsThePipelineAndTheGoldenFiles(@TempDir Path dir) throws Exception {
        HugoSite site = new HugoSite(dir, true);
        for (String construct : MarkdownGoldenTest.CONSTRUCTS) {
            site.page(construct, MarkdownGoldenTest.read(construct + ".md"));
        }
        Map<String, String> hugo = site.build();
        SoftAssertions softly = new SoftAssertions();
        for (String construct : MarkdownGoldenTest.CONSTRUCTS) {
            String fromHugo = HtmlNormalizer.normalize(hugo.get(construct));
            softly.assertThat(HtmlNormalizer.normalize(MarkdownGoldenTest.read(construct + ".html")))
                    .as("golden %s", construct).isEqualTo(fromHugo);
            String pipeline = MarkdownGoldenTest.render(MarkdownGoldenTest.read(construct + ".md"), true);
            softly.assertThat(HtmlNormalizer.normalize(pipeline)).as("pipeline %s", construct).isEqualTo(fromHugo);
        }
        softly.assertAll();
    }

    @Test
    void hugoOmitsRawHtmlAsThePipelineDoesWhenUnsafeIsOff(@TempDir Path dir) throws Exception {
        HugoSite site = new HugoSite(dir, false);
        site.page("raw-html", MarkdownGoldenTest.read("raw-html.md"));
        String fromHugo = HtmlNormalizer.normalize(site.build().get("raw-html"));
        assertThat(HtmlNormalizer.normalize(MarkdownGoldenTest.render(MarkdownGoldenTest.read("raw-html.md"), false)))
                .isEqualTo(fromHugo);
    }
}
