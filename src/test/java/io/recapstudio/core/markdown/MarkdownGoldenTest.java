package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown → HTML, one golden file per construct. Each {@code golden/NAME.html} is what Hugo 0.111.3 renders for
 * {@code golden/NAME.md} with unsafe HTML on ({@link HugoCompatibilityTest} keeps them honest when hugo is on PATH).
 */
class MarkdownGoldenTest {

    static final String DIR = "/io/recapstudio/core/markdown/golden/";
    static final String[] CONSTRUCTS = {"headings", "emphasis", "links", "images", "lists", "tables", "footnotes",
        "definitions", "typography", "code", "code-language", "blocks", "raw-html"};

    private static final MarkdownRenderer RENDERER = TestRenderers.preview();

    static Stream<String> constructs() {
        return Stream.of(CONSTRUCTS);
    }

    static String read(String name) {
        try (InputStream in = MarkdownGoldenTest.class.getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("missing golden file " + name, e);
        }
    }

    /** A bundle holding the files the golden posts show, so their images resolve as in a real bundle. */
    static final Path BUNDLE = Path.of("target", "golden-bundle").toAbsolutePath();
    static final String[] BUNDLE_FILES = {"booth.jpg", "stage.png", "icon.png", "café.jpg", "local.png"};

    /** The pipeline's HTML for {@code markdown} in {@link #BUNDLE}, its file URLs written back as bundle names. */
    static String render(String markdown, boolean unsafe) {
        RenderOptions options = RenderOptions.preview().withUnsafeHtml(unsafe);
        try {
            Files.createDirectories(BUNDLE);
            for (String name : BUNDLE_FILES) {
                if (!Files.exists(BUNDLE.resolve(name))) {
                    Files.write(BUNDLE.resolve(name), new byte[] {1});
                }
            }
            String html = RENDERER.render(new RenderInput(markdown, BUNDLE, 1, options)).html();
            return html.replace(ResourceUrls.fileUrl(BUNDLE.toRealPath()) + "/", "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void markdownRendersAsHugoDoes(String construct) {
        String expected = HtmlNormalizer.normalize(read(construct + ".html"));
        String actual = HtmlNormalizer.normalize(render(read(construct + ".md"), true));
        assertThat(actual).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void rawHtmlIsOmittedLikeGoldmarkWhenTheSiteDisallowsIt() {
        String expected = HtmlNormalizer.normalize(read("raw-html-safe.html"));
        String actual = HtmlNormalizer.normalize(render(read("raw-html.md"), false));
        assertThat(actual).isEqualTo(expected);
    }
}
