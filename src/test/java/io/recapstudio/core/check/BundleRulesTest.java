package io.recapstudio.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Severity;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle-level rules of {@link Checker#standard()}: images, resources, shortcode use. */
class BundleRulesTest {

    @TempDir
    Path dir;

    private Path bundle;

    @BeforeEach
    void createBundle() throws IOException {
        bundle = Files.createDirectories(dir.resolve("recap"));
        image("stage.jpg", 60, 40);
        image("stage-wide.jpg", 80, 40);
        image("photos/a.png", 20, 20);
        image("booth.jpeg", 20, 20);
    }

    private void image(String name, int w, int h) throws IOException {
        Path file = bundle.resolve(name);
        Files.createDirectories(file.getParent());
        String format = name.endsWith(".png") ? "png" : "jpg";
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, file.toFile());
    }

    private List<Diagnostic> check(String text) throws IOException {
        return check(text, Optional.empty());
    }

    private List<Diagnostic> check(String text, Optional<Site> site) throws IOException {
        Files.writeString(bundle.resolve("index.md"), text);
        return Checker.standard().check(CheckContext.of(PageBundle.open(bundle), site));
    }

    private static Optional<Diagnostic> rule(List<Diagnostic> found, String rule) {
        return found.stream().filter(d -> d.rule().equals(rule)).findFirst();
    }

    @Test
    void imgprocNamingNoImageIsAnErrorAtTheName() throws IOException {
        List<Diagnostic> found = check("---\ntitle: T\n---\n\n{{< imgproc stagee Resize \"600x\" >}}\n"
                + "{{< /imgproc >}}\n");

        Diagnostic d = rule(found, "imgproc-no-match").orElseThrow();
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.line()).isEqualTo(5);
        assertThat(d.column()).isEqualTo(13);
        assertThat(d.message()).contains("stagee").contains("**stagee*").contains("add the image");
    }

    @Test
    void imgprocMatchingTwoImagesIsAmbiguous() throws IOException {
        List<Diagnostic> found = check("---\ntitle: T\n---\n{{< imgproc stage Fill \"60x40\" >}}\n{{< /imgproc >}}\n");

        Diagnostic d = rule(found, "imgproc-ambiguous").orElseThrow();
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message()).contains("stage-wide.jpg").contains("stage.jpg");
        assertThat(found).noneMatch(Diagnostic::isError);
    }

    @Test
    void anInvalidImageSpecIsAnError() throws IOException {
        List<Diagnostic> found = check("---\ntitle: T\n---\n{{< imgproc booth Resize \"600\" >}}\n{{< /imgproc >}}\n");

        Diagnostic d = rule(found, "imgproc-spec").orElseThrow();
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.line()).isEqualTo(4);
    }

    @Test
    void missingFigureAndMarkdownImagesAreWarnings() throws IOException {
        List<Diagnostic> found = check("---\ntitle: T\n---\n{{< figure src=\"gone.jpg\" >}}\n\n![x](photos/a.png)"
                + " ![y](photos/b.png) ![z](https://example.org/c.png) ![w](/static/d.png)\n\n"
                + "```\n![code](not-checked.png)\n```\n");

        assertThat(found.stream().filter(d -> d.rule().equals("image-missing")))
                .extracting(Diagnostic::line, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple(6, Severity.WARNING));
    }

    @Test
    void aGalleryThatFindsNothingIsAWarning() throws IOException {
        assertThat(rule(check("---\ntitle: T\n---\n{{< gallery match=\"photos/*\" >}}\n"), "gallery-empty"))
                .isEmpty();
        Diagnostic d = rule(check("---\ntitle: T\n---\n{{< gallery match=\"pics/*\" >}}\n"), "gallery-empty")
                .orElseThrow();
        assertThat(d.message()).contains("pics/*");
    }

    @Test
    void resourcesGlobsMatchingNothingAndImagesNoGlobCovers() throws IOException {
        List<Diagnostic> found = check("---\ntitle: T\nresources:\n- src: \"**.{jpg,png}\"\n  title: \"Photo #:counter\"\n"
                + "- src: \"slides/*\"\n---\nBody\n");

        Diagnostic unmatched = rule(found, "resources-unmatched").orElseThrow();
        assertThat(unmatched.line()).isEqualTo(6);
        assertThat(unmatched.message()).contains("slides/*");
        assertThat(rule(found, "resources-uncovered").orElseThrow().message()).contains("booth.jpeg")
                .doesNotContain("stage.jpg");
    }

    @Test
    void shortcodeUseUnknownRequiredAndInCode() throws IOException {
        List<Diagnostic> found = check("---\ntitle: T\n---\n{{< tweet user=\"a\" >}}\n{{< youtube >}}\n"
                + "{{< tweet 1234 >}}\n{{< mystery >}}\n\n`{{< youtube abc >}}`\n");

        assertThat(found.stream().filter(d -> d.rule().equals("shortcode-missing-argument")))
                .as("the newest Hugo (the version is unknown) fails on all three")
                .extracting(Diagnostic::line, Diagnostic::severity).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(5, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(6, Severity.ERROR));
        Diagnostic unknown = rule(found, "shortcode-unknown").orElseThrow();
        assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
        assertThat(unknown.line()).isEqualTo(7);
        Diagnostic inCode = rule(found, "shortcode-in-code").orElseThrow();
        assertThat(inCode.severity()).isEqualTo(Severity.INFO);
        assertThat(inCode.fix().orElseThrow().applyTo(Files.readString(bundle.resolve("index.md"))))
                .contains("`{{</* youtube abc */>}}`");
        assertThat(rule(check("---\ntitle: T\n---\n{{< imgproc stage >}}\n{{< /imgproc >}}\n"),
                "shortcode-missing-argument").orElseThrow().severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void withACompleteSiteAnUnknownShortcodeIsAnErrorAndTheSitesOwnAreKnown() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "title = 'S'\n");
        Files.createDirectories(site.resolve("layouts/shortcodes"));
        Files.writeString(site.resolve("layouts/shortcodes/callout.html"), "<div>{{ .Inner }}</div>");

        List<Diagnostic> found = check("---\ntitle: T\n---\n{{< callout >}}x{{< /callout >}}\n{{< mystery >}}\n"
                + "{{< param \"author\" >}} {{< instagram abc >}}\n", Optional.of(Site.open(site)));

        assertThat(found.stream().filter(d -> d.rule().equals("shortcode-unknown")))
                .extracting(Diagnostic::line, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, Severity.ERROR));
    }

    @Test
    void tweetIsAnErrorOnAHugoThatRemovedIt() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "title = 'S'\n");
        Files.writeString(site.resolve("netlify.toml"), "[build.environment]\nHUGO_VERSION = \"0.156.0\"\n");

        List<Diagnostic> found = check("---\ntitle: T\n---\n{{< tweet user=\"a\" id=\"1\" >}}\n",
                Optional.of(Site.open(site)));

        Diagnostic d = rule(found, "shortcode-removed").orElseThrow();
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).contains("x");
    }

    @Test
    void theSampleBundleHasNoErrors() throws IOException {
        PageBundle sample = PageBundle.open(Path.of("assets/sample-recap"));

        assertThat(Checker.standard().check(CheckContext.of(sample, Optional.empty())))
                .noneMatch(Diagnostic::isError);
    }
}
