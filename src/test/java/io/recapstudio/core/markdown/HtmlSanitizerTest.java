package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The allow-list on what the preview shows and {@code recap render} writes: script in every disguise goes, the markup
 * Hugo posts use (and the preview's scroll sync and style sheet rely on) stays.
 */
class HtmlSanitizerTest {

    @TempDir
    static Path bundle;

    @BeforeAll
    static void bundle() throws IOException {
        TestBundle.create(bundle);
    }

    private static String render(String markdown) {
        return TestRenderers.preview().render(new RenderInput(markdown, bundle, 1, RenderOptions.preview())).html();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>location='http://evil.example/'</script>",
        "<SCRIPT SRC=http://evil.example/x.js></SCRIPT>",
        "<img src=\"welcome-featured.jpg\" onerror=\"alert(1)\" onload=alert(2)>",
        "<p onclick=\"alert(1)\" onmouseover='alert(2)'>text</p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"java&#9;script:alert(1)\">x</a>",
        "<a href=\"java&NewLine;script:alert(1)\">x</a>",
        "<a href=\" &#14; javascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<img src=\"data:text/html,<script>alert(1)</script>\">",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<base href=\"http://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/\">",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<svg><use href=\"http://evil.example/x.svg#a\"/></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"http://evil.example/\"><input name=q><button formaction=\"javascript:alert(1)\">go</button>"
            + "</form>",
        "<div style=\"background:url(http://evil.example/x.png)\">x</div>",
        "<div style=\"background:u\\72l(http://evil.example/x.png)\">x</div>",
        "<div style=\"background-image:image-set('http://evil.example/x.png' 1x)\">x</div>",
        "<div style=\"width:expression(alert(1))\">x</div>",
        "<style>@import 'http://evil.example/x.css'; body{background:url(javascript:alert(1))}</style>",
        "<link rel=\"stylesheet\" href=\"http://evil.example/x.css\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<details open ontoggle=\"alert(1)\"><summary>s</summary></details>",
        "<template><script>alert(1)</script></template>",
        "<video src=\"x.mp4\" onerror=\"alert(1)\" poster=\"http://evil.example/p.png\"></video>",
        "<textarea><script>alert(1)</script></textarea>",
        "<a href=\"http://ok.example/\" target=\"_blank\" onfocus=\"alert(1)\" autofocus>x</a>",
        "## Heading {onclick=\"alert(1)\"}",
        "[click](javascript:alert(1))",
        "![x](javascript:alert(1))",
        "<input type=\"image\" src=\"http://evil.example/x.png\"><input type=\"text\" autofocus onfocus=alert(1)>"})
    void nothingThatRunsScriptLoadsRemotelyOrNavigatesSurvives(String hostile) {
        String html = render(hostile + "\n\nafter\n");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, style, iframe, object, embed, base, meta, link, form, svg, math, template, "
                + "noscript, textarea, video, audio, button")).isEmpty();
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x20]", "");
                assertThat(key).doesNotStartWith("on").isNotIn("srcdoc", "formaction", "xlink:href", "poster",
                        "srcset", "action", "autofocus", "data", "background");
                if (key.equals("href") || key.equals("src") || key.equals("cite")) {
                    assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:text").doesNotContain("evil.example");
                }
                if (key.equals("style")) {
                    assertThat(value).doesNotContain("url(").doesNotContain("image-set").doesNotContain("\\")
                            .doesNotContain("expression");
                }
            });
        }
        assertThat(html).contains("<p>after</p>");
    }

    @Test
    void theMarkupHugoPostsUseStays() {
        String html = render("""
                ## Getting there {#travel .lead}

                | Day | Room |
                |:----|-----:|
                | Mon | A    |

                - [x] done
                - [ ] open

                Text with a note[^1], `code`, **bold**, <kbd>Ctrl</kbd>, <mark>marked</mark>
                and <abbr title="T">T</abbr>.

                <details>
                <summary>More</summary>
                <p class="small" id="more">Hidden <a href="../other-post/" title="t">link</a> and
                <a href="#travel">anchor</a>, <a href="mailto:a@example.org">mail</a>.</p>
                </details>

                <figure class="wide"><img src="welcome-featured.jpg" alt="a" width="300" height="200">
                <figcaption>Caption</figcaption></figure>

                <img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">

                <div class="alert alert-info" role="alert" style="max-width: calc(100% - 2rem); color: var(--x)">b</div>

                ```yaml
                a: "b"
                ```

                [^1]: The note.
                """);
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("h2#travel.lead")).hasSize(1);
        assertThat(page.select("table thead th[style=text-align:left]")).hasSize(1);
        assertThat(page.select("td[style=text-align:right]")).hasSize(1);
        assertThat(page.select("li input[type=checkbox][disabled]")).hasSize(2);
        assertThat(page.select("input[checked]")).hasSize(1);
        assertThat(page.select("sup#fnref\\:1 a[href=#fn:1].footnote-ref")).hasSize(1);
        assertThat(page.select("div.footnotes li#fn\\:1 a.footnote-backref[href=#fnref:1]")).hasSize(1);
        assertThat(page.select("kbd, mark, abbr[title=T], p > code, strong")).hasSize(5);
        assertThat(page.select("details summary")).hasSize(1);
        assertThat(page.select("p.small#more a[href=../other-post/][title=t]")).hasSize(1);
        assertThat(page.select("a[href=#travel], a[href=mailto:a@example.org]")).hasSize(2);
        assertThat(page.select("figure.wide img[width=300][height=200][alt=a]").attr("src"))
                .isEqualTo(ResourceUrls.fileUrl(bundle.resolve("welcome-featured.jpg")));
        assertThat(page.select("figure figcaption")).hasSize(1);
        assertThat(page.select("img[alt=inline]").attr("src")).startsWith("data:image/png;base64,");
        assertThat(page.select("div.alert.alert-info[role=alert]").attr("style"))
                .isEqualTo("max-width: calc(100% - 2rem); color: var(--x)");
        assertThat(page.select("div.highlight pre[tabindex=0] code.language-yaml[data-lang=yaml]").text())
                .isEqualTo("a: \"b\"");
    }

    @Test
    void thePreviewsOwnShortcodeMarkupStays() {
        String html = render("""
                {{< imgproc welcome Resize "300x" >}}Caption with <em>HTML</em>{{< /imgproc >}}

                {{< gallery match="photos/*" >}}

                {{< youtube abc123 >}}

                {{< alert title="Note" >}}Hello{{< /alert >}}

                {{< mysite/box a=1 >}}
                """);
        Document page = Jsoup.parseBodyFragment(html);
        Element card = page.selectFirst("figure.card.td-post-card[style^=max-width]");
        assertThat(card).isNotNull();
        assertThat(card.selectFirst("img.card-img-top[width=300]").attr("src")).startsWith("file:");
        assertThat(card.select("figcaption p.card-text em")).hasSize(1);
        assertThat(page.selectFirst("div.rs-gallery").attr("style")).contains("--rs-row-height: 150px");
        assertThat(page.select("a.rs-gallery-item > i[style] + img[src^=file:]")).hasSize(3);
        assertThat(page.select("div.rs-video div.rs-card a.rs-card-link[href^=https://www.youtube.com/]")).hasSize(1);
        assertThat(page.select("div.alert h4.alert-heading")).hasSize(1);
        assertThat(page.select("div.rs-shortcode[data-shortcode=mysite/box]")).hasSize(1);
    }

    @Test
    void theFrontMatterTitleAndDescriptionAreSanitisedToo() {
        String html = render("""
                ---
                title: "<img src=x onerror=alert(1)> Title"
                description: "A *lead* <script>alert(1)</script><img src=\\"../x.png\\" onerror=\\"alert(2)\\"> \
                [x](javascript:alert(3)) <meta http-equiv=refresh content='0;url=http://evil.example/'>"
                author: "<b onclick=alert(4)>Ana</b>"
                ---
                Body.
                """);
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.selectFirst("header.rs-page-header h1").text()).isEqualTo("<img src=x onerror=alert(1)> Title");
        assertThat(page.select(".lead em")).hasSize(1);
        assertThat(page.select("script, meta, [onerror], [onclick]")).isEmpty();
        assertThat(page.select(".lead a").attr("href")).isEmpty();
        assertThat(page.select(".lead .rs-offline").text()).contains("../x.png");
        assertThat(page.selectFirst(".td-byline b").text()).isEqualTo("<b onclick=alert(4)>Ana</b>");
    }

    @Test
    void onlyTheFirstImageOfASrcsetIsShownAndTheAttributeGoes() {
        Document page = Jsoup.parseBodyFragment(render(
                "<img srcset=\"welcome-featured.jpg 1x, http://evil.example/2x.png 2x, ../../x.png 3x\">\n"));
        assertThat(page.select("img").attr("src"))
                .isEqualTo(ResourceUrls.fileUrl(bundle.resolve("welcome-featured.jpg")));
        assertThat(page.select("[srcset]")).isEmpty();
    }

    @Test
    void aBlockNamingABundleFileIsLookedUpAgainOnEveryRender() throws IOException {
        MarkdownRenderer renderer = TestRenderers.preview();
        String text = "![later](added-later.png) and ![out](../outside.png)\n";
        RenderResult before = renderer.render(new RenderInput(text, bundle, 1, RenderOptions.preview()));
        Files.write(bundle.resolve("added-later.png"), new byte[] {1});
        RenderResult after = renderer.render(new RenderInput(text, bundle, 2, RenderOptions.preview()));
        assertThat(before.html()).contains("image not in the bundle: added-later.png");
        assertThat(after.html()).contains(ResourceUrls.fileUrl(bundle.resolve("added-later.png").toRealPath()));
        assertThat(after.diagnostics()).extracting(d -> d.rule()).containsExactly("path-outside-bundle");
    }

    @Test
    void aPostThatDoesNotAllowRawHtmlStillShowsNone() throws IOException {
        String html = TestRenderers.preview().render(new RenderInput("<script>alert(1)</script>\n\nok\n", bundle, 1,
                RenderOptions.preview().withUnsafeHtml(false))).html();
        assertThat(html).doesNotContain("script").contains("<p>ok</p>");
        assertThat(Files.exists(bundle)).isTrue();
    }
}
