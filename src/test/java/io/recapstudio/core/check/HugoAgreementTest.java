package io.recapstudio.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.workspace.SiteContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Hugo is the judge: each case is a post in a small Docsy-like site; {@code recap check} must report an error
 * exactly when Hugo's build fails, and name the rule that explains it. With {@code hugo} on the PATH (CI installs
 * Debian's) each case is built for real and the outcome compared; without it, with the outcome recorded from Hugo
 * {@value AgreementSite#RECORDED_WITH}. The post is checked both by its bundle folder and by its index.md path, the
 * way a site's CI passes changed files.
 */
class HugoAgreementTest {

    private static final byte[] JPEG = AgreementSite.jpeg(640, 480);
    private static final String FM = "---\ntitle: \"Harbor Bay recap \uD83D\uDCC3\"\ndate: 2026-10-14\n---\n";

    @TempDir
    Path dir;

    /**
     * One post and what Hugo {@value AgreementSite#RECORDED_WITH} does with it.
     *
     * @param name   the case
     * @param crop   whether the site's imgproc knows Crop
     * @param body   the post's text after the front matter (or the whole post when it starts with ---)
     * @param files  bundle files beside index.md
     * @param builds whether Hugo builds it
     * @param errors the rules check reports as errors (empty when it builds)
     */
    record Case(String name, boolean crop, String body, Map<String, byte[]> files, boolean builds,
                Set<String> errors) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case builds(String name, String body, Map<String, byte[]> files) {
        return new Case(name, true, body, files, true, Set.of());
    }

    private static Case fails(String name, String body, Map<String, byte[]> files, String... errors) {
        return new Case(name, true, body, files, false, new TreeSet<>(Arrays.asList(errors)));
    }

    private static Map<String, byte[]> files(Object... nameAndBytes) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndBytes.length; i += 2) {
            m.put((String) nameAndBytes[i], (byte[]) nameAndBytes[i + 1]);
        }
        return m;
    }

    static Stream<Case> cases() {
        byte[] truncated = Arrays.copyOf(JPEG, JPEG.length / 2);
        byte[] text = "not an image at all\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Stream.of(
                builds("emoji and a processed image", "Thanks all! \uD83D\uDC96 \uD83C\uDF89\n\n"
                        + "{{< imgproc booth Fill \"300x200\" >}}The booth{{< /imgproc >}}\n",
                        files("booth.jpg", JPEG)),
                fails("imgproc naming no image", "{{< imgproc stage Fill \"300x200\" >}}{{< /imgproc >}}\n",
                        files("booth.jpg", JPEG), "imgproc-no-match"),
                new Case("imgproc Crop where the site's imgproc has no Crop", false,
                        "{{< imgproc booth Crop \"300x200\" >}}{{< /imgproc >}}\n", files("booth.jpg", JPEG), false,
                        Set.of("shortcode-argument")),
                builds("imgproc Crop where the site's imgproc has it",
                        "{{< imgproc booth Crop \"300x200\" >}}{{< /imgproc >}}\n", files("booth.jpg", JPEG)),
                fails("imgproc of a truncated JPEG", "{{< imgproc booth Fit \"300x200\" >}}{{< /imgproc >}}\n",
                        files("booth.jpg", truncated), "image-corrupt"),
                fails("imgproc of an empty file", "{{< imgproc booth Fit \"300x200\" >}}{{< /imgproc >}}\n",
                        files("booth.jpg", new byte[0]), "image-corrupt"),
                fails("imgproc of a text file named .png", "{{< imgproc booth Fit \"300x200\" >}}{{< /imgproc >}}\n",
                        files("booth.png", text), "image-corrupt"),
                fails("a gallery thumbnailing a truncated photo", "{{< gallery match=\"photos/*\" >}}\n",
                        files("photos/a.jpg", JPEG, "photos/b.jpg", truncated), "image-corrupt"),
                builds("a gallery matching nothing (a warning)", "{{< gallery match=\"photos/*\" >}}\n",
                        files("booth.jpg", JPEG)),
                fails("tweet with named user but no id", "{{< tweet user=\"harborbay\" >}}\n", files(),
                        "shortcode-missing-argument"),
                fails("x on a Hugo without x", "{{< x user=\"harborbay\" id=\"1\" >}}\n", files(),
                        "shortcode-too-new"),
                builds("youtube without id on Hugo 0.111 (an empty player: a warning)", "{{< youtube >}}\n",
                        files()),
                builds("vimeo with its id", "{{< vimeo 55073825 >}}\n", files()),
                fails("param naming nothing", "{{< param \"venue\" >}}\n", files(), "shortcode-param-not-found"),
                builds("param from the page and from the site", "{{< param \"brand\" >}} {{< param \"title\" >}}\n",
                        files()),
                builds("gist with one argument (a script that shows nothing: a warning)", "{{< gist harborbay >}}\n",
                        files()),
                builds("figure without src (a warning)", "{{< figure caption=\"Stage\" >}}\n", files()),
                fails("highlight without a language", "{{< highlight >}}\nplain\n{{< /highlight >}}\n", files(),
                        "shortcode-missing-argument"),
                builds("highlight with a language", "{{< highlight go >}}\nplain\n{{< /highlight >}}\n", files()),
                fails("a shortcode nobody provides", "{{< booth-map >}}\n", files(), "shortcode-unknown"),
                fails("an unclosed paired shortcode", "{{< imgproc booth Fill \"300x200\" >}}\ncaption\n",
                        files("booth.jpg", JPEG), "shortcode-unclosed"),
                builds("a resources glob that matches nothing (a warning)", "---\ntitle: R\nresources:\n"
                        + "  - src: \"**.png\"\n    title: Shot\n---\nBody\n", files("booth.jpg", JPEG)),
                builds("a date Hugo 0.111 ignores (Hugo 0.136 fails: a warning here)",
                        "---\ntitle: R\ndate: 14/10/2026\n---\nBody\n", files()),
                builds("a Markdown image the bundle lacks (a warning)", "![Stage](stage.jpg)\n", files()),
                builds("mojibake (a warning with a fix)", "It\u00e2\u20ac\u2122s done.\n", files()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkReportsAnErrorExactlyWhenHugoFails(Case c) throws Exception {
        AgreementSite site = new AgreementSite(dir.resolve("site"), c.crop());
        String text = c.body().startsWith("---") ? c.body() : FM + "\n" + c.body();
        Path bundle = site.bundle("2026-10-14-harbor-bay", text);
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Path file = bundle.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }

        boolean hugoBuilds = c.builds();
        if (AgreementSite.hugoOnPath()) {
            AgreementSite.Build build = site.build();
            assertThat(build.succeeded()).as("what real Hugo does with \"" + c.name() + "\" (the recorded outcome"
                    + " is out of date if this fails):\n" + build.log()).isEqualTo(c.builds());
            hugoBuilds = build.succeeded();
        }
        SiteContext context = SiteContext.of(Site.open(site.root()));
        for (Path path : List.of(bundle, bundle.resolve("index.md"))) {
            List<Diagnostic> found = Checker.standard().check(CheckContext.of(PageBundle.open(path), context));
            Set<String> errors = found.stream().filter(Diagnostic::isError).map(Diagnostic::rule)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(errors).as("errors when checked as " + site.root().relativize(path) + ": " + found)
                    .isEqualTo(c.errors());
            assertThat(!errors.isEmpty()).as("check finds errors exactly when Hugo fails").isEqualTo(!hugoBuilds);
            assertThat(found).as("four-byte characters are valid UTF-8")
                    .noneMatch(d -> d.rule().equals("encoding"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSameDiagnosticsWhateverThePathSpelling(Case c) throws IOException {
        AgreementSite site = new AgreementSite(dir.resolve("site"), c.crop());
        String text = c.body().startsWith("---") ? c.body() : FM + "\n" + c.body();
        Path bundle = site.bundle("2026-10-14-harbor-bay", text);
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Path file = bundle.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }
        SiteContext context = SiteContext.of(Site.open(site.root()));
        List<String> byFolder = describe(Checker.standard().check(CheckContext.of(PageBundle.open(bundle), context)));
        List<String> byIndex = describe(Checker.standard().check(CheckContext.of(
                PageBundle.open(bundle.resolve("./index.md")), context)));
        assertThat(byIndex).isEqualTo(byFolder);
    }

    private static List<String> describe(List<Diagnostic> found) {
        return found.stream().map(d -> d.line() + ":" + d.column() + " " + d.severity() + " " + d.rule() + " "
                + d.message()).toList();
    }
}
