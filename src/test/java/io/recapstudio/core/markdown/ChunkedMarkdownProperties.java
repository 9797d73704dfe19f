package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rendering a post in pieces, reusing pieces from earlier renders, gives exactly what rendering it whole gives. */
class ChunkedMarkdownProperties {

    private static final HugoFlavor FLAVOR = new HugoFlavor(true);

    /** Snippets chosen to stress the cut: headings, fences holding headings, lists, quotes, HTML, setext, tables. */
    private static final List<String> SNIPPETS = List.of(
            "## Day one", "## Day one", "# Harbor Bay", "### Talks {#talks}", "## Talks", "##",
            "Some *text* with \"quotes\" -- and www.example.org.", "Line one\nline two",
            "- item\n- item two", "- item\n\n  more in the item", "1. first\n2. second",
            "> a quote\n> more", "```\n## not a heading\n```", "````\n```\n## still code\n```\n````",
            "~~~go\n# comment\n~~~", "    ## indented code", "Setext\n------", "Title\n=====",
            "| a | b |\n|---|---|\n| 1 | 2 |", "Term\n: Definition", "<div>\n## inside html\n</div>",
            "- [ ] task", "***", "Text with `code ## span`", "HAHAHUGOSHORTCODES3HBHB",
            "<span>inline</span> html", "## Émoji 🎉 heading", "## snake_case",
            "- item\n\n  ```\n  code\n  ```", "  ```\n## in an indented fence\n  ```", "```", "~~~~",
            "<!-- comment\n\n## in a comment\n-->", "<pre>\n\n## in pre\n</pre>", "<custom-tag>", "</div>",
            "> ## quoted heading", "- ## listed heading", "[ref]: https://example.org", "[a link][ref]",
            "Note[^1].", "[^1]: The note.", "> ```\n> ## quoted code\n> ```", "> ```\n## after a quoted fence",
            "   ```\n## in a fence indented three\n   ```", "- ```\n## out of the item", "``` not `a` fence",
            "> > ~~~\n> ## one quote less\n~~~", "```\n    ```\n## an indented close is no close\n```");

    @Provide
    Arbitrary<String> posts() {
        Arbitrary<String> snippet = Arbitraries.of(SNIPPETS);
        Arbitrary<String> separator = Arbitraries.of("\n\n", "\n", "\n\n\n");
        return Arbitraries.strings().ofLength(0).flatMap(ignored -> snippet.list().ofMinSize(1).ofMaxSize(25)
                .flatMap(parts -> separator.list().ofSize(parts.size()).map(seps -> join(parts, seps))));
    }

    private static String join(List<String> parts, List<String> separators) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            text.append(parts.get(i)).append(separators.get(i));
        }
        return text.toString();
    }

    @Property(tries = 300)
    void piecesRenderAsTheWholeText(@ForAll("posts") String post) {
        assertThat(new ChunkedMarkdown().blocks(post, FLAVOR)).isEqualTo(ChunkedMarkdown.whole(post, FLAVOR));
    }

    @Property(tries = 100)
    void piecesRememberedFromAnEarlierTextDoNotLeakIntoTheNext(@ForAll("posts") String first,
                                                               @ForAll("posts") String second) {
        ChunkedMarkdown chunked = new ChunkedMarkdown();
        chunked.blocks(first, FLAVOR);
        chunked.blocks(second + first, FLAVOR);
        assertThat(chunked.blocks(first + second, FLAVOR)).isEqualTo(ChunkedMarkdown.whole(first + second, FLAVOR));
    }

    @Example
    void theSampleRecapIsCutIntoPiecesAndRendersAsAWhole() throws Exception {
        Path sample = Path.of(System.getProperty("recap.assets", "assets"), "sample-recap", "index.md");
        String text = Files.readString(sample);
        String body = text.substring(text.indexOf("\n---\n", 4) + 5).replaceAll("\\[\\^1]:?[^\\n]*", "");
        assertThat(ChunkedMarkdown.pieces(body)).hasSizeGreaterThan(3);
        assertThat(new ChunkedMarkdown().blocks(body, FLAVOR)).isEqualTo(ChunkedMarkdown.whole(body, FLAVOR));
    }

    @Example
    void repeatedHeadingsAreNumberedAcrossPieces() {
        String post = "## Day\n\ntext\n\n## Day\n\nmore\n\n## Day {#day-1}\n\n## Day\n";
        List<RawBlock> blocks = new ChunkedMarkdown().blocks(post, FLAVOR);
        assertThat(blocks).extracting(RawBlock::html).filteredOn(h -> h.startsWith("<h2"))
                .containsExactly("<h2 id=\"day\">Day</h2>", "<h2 id=\"day-1\">Day</h2>", "<h2 id=\"day-1\">Day</h2>",
                        "<h2 id=\"day-2\">Day</h2>");
        assertThat(blocks).isEqualTo(ChunkedMarkdown.whole(post, FLAVOR));
    }

    @Example
    void aPostWithFootnotesOrReferencesIsRenderedWhole() {
        assertThat(ChunkedMarkdown.pieces("## A\n\nx[^1]\n\n## B\n\n[^1]: n\n")).hasSize(2);
        String post = "## A\n\nSee [the site][site].\n\n## B\n\n[site]: https://example.org\n";
        assertThat(new ChunkedMarkdown().blocks(post, FLAVOR)).isEqualTo(ChunkedMarkdown.whole(post, FLAVOR));
        assertThat(new ChunkedMarkdown().blocks(post, FLAVOR).get(1).html()).contains("href=\"https://example.org\"");
    }
}
