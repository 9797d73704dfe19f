package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The result's top-level blocks: their HTML, their source lines (front matter counted) and their keys. */
class RenderBlocksTest {

    private static final MarkdownRenderer RENDERER = TestRenderers.preview();

    static final String POST = String.join("\n",
            "---",                                          // 1
            "title: \"Harbor Bay\"",                        // 2
            "tags: [event]",                                // 3
            "---",                                          // 4
            "",                                             // 5
            "# Welcome",                                    // 6
            "",                                             // 7
            "First paragraph line one",                     // 8
            "and line two[^1].",                            // 9
            "",                                             // 10
            "{{< note >}}",                                 // 11
            "A note[^1].",                                  // 12
            "{{< /note >}}",                                // 13
            "",                                             // 14
            "{{% alert title=\"Markdown delimiter\" %}}",   // 15
            "Inner *markdown*.",                            // 16
            "{{% /alert %}}",                               // 17
            "",                                             // 18
            "- one",                                        // 19
            "- two",                                        // 20
            "",                                             // 21
            "[^1]: The note's note.",                       // 22
            "");

    static RenderResult render(String text) {
        return RENDERER.render(new RenderInput(text, null, 7, RenderOptions.preview()));
    }

    @Test
    void blocksKnowTheirSourceLinesCountingFrontMatter() {
        List<RenderedBlock> blocks = render(POST).blocks();
        assertThat(blocks).extracting(b -> b.firstLine() + "-" + b.lastLine())
                .containsExactly("1-4", "6-6", "8-9", "11-13", "15-17", "19-20", "22-22");
        assertThat(blocks.get(0).html()).startsWith("<header class=\"rs-page-header\">\n<h1>Harbor Bay</h1>");
        assertThat(blocks.get(1).html()).isEqualTo("<h1 id=\"welcome\">Welcome</h1>");
        assertThat(blocks.get(3).html()).contains("alert-info").contains("A note");
        assertThat(blocks.get(4).html()).contains("<em>markdown</em>");
        assertThat(blocks.get(6).html()).startsWith("<div class=\"footnotes\"");
    }

    @Test
    void windowsLineEndingsMapToTheSameLines() {
        List<RenderedBlock> blocks = render(POST.replace("\n", "\r\n")).blocks();
        assertThat(blocks).extracting(b -> b.firstLine() + "-" + b.lastLine())
                .containsExactly("1-4", "6-6", "8-9", "11-13", "15-17", "19-20", "22-22");
    }

    @Test
    void theBlockAtALineIsTheOneHoldingItOrTheNearestBefore() {
        RenderResult result = render(POST);
        assertThat(result.blockAtLine(9).firstLine()).isEqualTo(8);
        assertThat(result.blockAtLine(14).firstLine()).isEqualTo(11);
        assertThat(result.blockAtLine(2).firstLine()).isEqualTo(1);
        assertThat(result.blockAtLine(5).firstLine()).isEqualTo(1);
        assertThat(result.blockAtLine(22).html()).contains("footnotes");
    }

    @Test
    void resultCarriesTheInputVersionAndTheWholeBody() {
        RenderResult result = render(POST);
        assertThat(result.version()).isEqualTo(7);
        assertThat(result.html()).isEqualTo(String.join("\n",
                result.blocks().stream().map(RenderedBlock::html).toList()) + "\n");
    }

    @Test
    void editingOneParagraphChangesOnlyThatBlocksKey() {
        List<String> before = render(POST).blocks().stream().map(RenderedBlock::key).toList();
        List<String> after = render(POST.replace("and line two", "and line 2"))
                .blocks().stream().map(RenderedBlock::key).toList();
        assertThat(after).hasSameSizeAs(before);
        assertThat(IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).boxed())
                .containsExactly(2);
    }

    @Test
    void onlyHugosContentWhenThePageHeaderIsOff() {
        RenderResult result = RENDERER.render(new RenderInput(POST, null, 1,
                RenderOptions.preview().withoutPageHeader()));
        assertThat(result.blocks().get(0).html()).isEqualTo("<h1 id=\"welcome\">Welcome</h1>");
        assertThat(result.html()).doesNotContain("rs-page-header");
    }

    @Test
    void identicalBlocksGetDistinctKeys() {
        List<String> keys = render("Same.\n\nSame.\n\nSame.\n").blocks().stream().map(RenderedBlock::key).toList();
        assertThat(keys).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void shortcodeProblemsBecomeDiagnosticsAtTheirLine() {
        RenderResult result = render(POST + "\n{{< tweet user=someone >}}\n");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(24);
            assertThat(d.rule()).isEqualTo("tweet-arguments");
            assertThat(d.isError()).isTrue();
        });
    }

    @Test
    void oneRendererServesManyThreadsAtOnce() throws Exception {
        String expected = render(POST).html();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = IntStream.range(0, 40)
                    .mapToObj(i -> pool.submit(() -> render(POST).html())).toList();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
