package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of shortcode in the preview catalog, rendered against a bundle of generated images: golden
 * {@code shortcodes/NAME.html} for {@code shortcodes/NAME.md}, with the bundle's and the processed-image cache's
 * file URLs written as {@code @BUNDLE@/} and {@code @CACHE@/}. Run with {@code -Dgolden.update=true} to rewrite
 * them (then review the diff).
 */
class PreviewShortcodesGoldenTest {

    static final String DIR = "/io/recapstudio/core/markdown/shortcodes/";

    @TempDir
    static Path bundle;

    @BeforeAll
    static void createBundle() throws IOException {
        TestBundle.create(bundle);
    }

    static Stream<String> kinds() {
        return Stream.of("imgproc", "imgproc-errors", "figure", "posts", "videos", "gallery", "callouts", "unknown",
                "remote");
    }

    static String read(String name) throws IOException {
        try (InputStream in = PreviewShortcodesGoldenTest.class.getResourceAsStream(DIR + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static RenderResult render(String markdown) {
        return TestRenderers.preview().render(new RenderInput(markdown, bundle, 1, RenderOptions.preview()));
    }

    /** The bundle's and the image cache's file URLs as {@code @BUNDLE@/} and {@code @CACHE@/NAME-@KEY@.EXT}. */
    static String portable(String html) {
        String bundleUrl = bundle.toAbsolutePath().normalize().toUri().toString();
        String cacheUrl = TestRenderers.IMAGE_CACHE.normalize().toUri().toString();
        return html.replace(bundleUrl, "@BUNDLE@/").replace(cacheUrl, "@CACHE@/")
                .replaceAll("(@CACHE@/[^\"]*)-[0-9a-f]{20}\\.", "$1-@KEY@.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shortcodeRendersAsTheGoldenFileSays(String kind) throws IOException {
        RenderResult result = render(read(kind + ".md"));
        StringBuilder actual = new StringBuilder(portable(result.html()));
        result.diagnostics().forEach(d -> actual.append("<!-- ").append(d.format()).append(" -->\n"));
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of("src/test/resources" + DIR + kind + ".html");
            Files.writeString(source, actual.toString());
        }
        assertThat(actual.toString()).isEqualTo(read(kind + ".html"));
    }
}
