package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading image references piece by piece, remembering pieces across texts, finds what reading the body whole finds. */
class ImageReferencesProperties {

    private static final String FRONT = "---\ntitle: T\n---\n";

    /** Images inside and around what the cut must respect: headings, fences, lists, quotes, HTML, references. */
    private static final List<String> SNIPPETS = List.of(
            "## Day one", "# Harbor Bay", "##", "![a](a.png)", "Text ![b](b.png \"t\") more", "![c][ref]",
            "[ref]: c.png", "<img src=\"d.png\" srcset=\"e.png 2x, f.png 3x\">", "```\n![code](no.png)\n## no\n```",
            "~~~\n# comment ![x](x.png)\n~~~", "    ![indented](code.png)", "- item ![g](g.png)\n\n  more ![h](h.png)",
            "> ![q](q.png)", "> ## quoted heading", "- ## listed heading", "<div>\n\n## in html\n![i](i.png)\n</div>",
            "<!-- comment\n\n## in a comment\n![j](j.png)\n-->", "<pre>\n\n## in pre\n</pre>", "Note[^1].",
            "[^1]: ![k](k.png)", "Setext\n------", "| ![t](t.png) | b |\n|---|---|", "  ```\n## indented fence\n  ```");

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> snippet = Arbitraries.of(SNIPPETS);
        Arbitrary<String> separator = Arbitraries.of("\n\n", "\n", "\n\n\n");
        return snippet.list().ofMinSize(1).ofMaxSize(25).flatMap(parts -> separator.list().ofSize(parts.size())
                .map(separators -> {
                    StringBuilder text = new StringBuilder(FRONT);
                    for (int i = 0; i < parts.size(); i++) {
                        text.append(parts.get(i)).append(separators.get(i));
                    }
                    return text.toString();
                }));
    }

    private final ImageReferences finder = ImageReferences.remembering(); // shared by the tries: pieces are reused

    @Property(tries = 300)
    void piecewiseReferencesAreTheWholeBodysReferences(@ForAll("bodies") String text) {
        int body = FRONT.length();
        assertThat(finder.find(text, body)).isEqualTo(ImageReferences.of(text, body));
    }
}
