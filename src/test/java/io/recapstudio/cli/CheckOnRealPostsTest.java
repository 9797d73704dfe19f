package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recap check}, {@code render} and {@code fix} on posts the way a site's CI passes them: by bundle folder,
 * by {@code index.md}, all of a site with {@code --site}, with GitHub annotations; one checker whoever asks.
 */
class CheckOnRealPostsTest {

    @TempDir
    Path dir;

    private Path site;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return RecapCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeEach
    void docsyLikeSite() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Harbor Bay'\n"
                + "[permalinks]\nblog = '/blog/:year/:month/:slug/'\n");
        Files.createDirectories(site.resolve("layouts/shortcodes"));
        Files.writeString(site.resolve("layouts/shortcodes/imgproc.html"), "{{ $i := .Page.Resources.GetMatch"
                + " (printf \"**%s*\" (.Get 0)) }}{{ $c := .Get 1 }}{{ .Inner }}{{ if eq $c \"Fit\" }}{{ $i = $i.Fit (.Get 2) }}"
                + "{{ else if eq $c \"Fill\" }}{{ $i = $i.Fill (.Get 2) }}{{ else }}{{ errorf \"bad command\" }}"
                + "{{ end }}<img src=\"{{ $i.RelPermalink }}\">");
        post("2026-03-20-kubecon-eu", "---\ntitle: \"KubeCon EU \uD83D\uDCC3\"\ndate: 2026-03-20\nslug: kubecon-eu\n"
                + "url: /blog/2026/03/kubecon-eu/\ntags: [kubecon, community]\n---\n\nWhat a week! \uD83D\uDC96\n\n"
                + "{{< imgproc booth Fill \"300x200\" >}}The booth{{< /imgproc >}}\n", true);
        post("2026-06-02-community-day", "---\ntitle: Community day\ndate: 2026-06-02\nslug: community-day\n"
                + "tags: [community]\n---\n\nThanks \uD83C\uDF89 everyone.\n", false);
    }

    private Path post(String name, String text, boolean image) throws IOException {
        Path bundle = Files.createDirectories(site.resolve("content/blog").resolve(name));
        Files.writeString(bundle.resolve("index.md"), text, StandardCharsets.UTF_8);
        if (image) {
            Files.write(bundle.resolve("booth.jpg"), io.recapstudio.core.check.TestImages.jpeg(400, 300));
        }
        return bundle;
    }

    @Test
    void aRealPostIsCleanByItsFolderAndByItsIndexPath() {
        Path bundle = site.resolve("content/blog/2026-03-20-kubecon-eu");
        for (String path : List.of(bundle.toString(), bundle.resolve("index.md").toString(),
                dir.relativize(bundle.resolve("index.md")).toString())) {
            int code = run("check", path.startsWith("/") ? path : dir.resolve(path).toString());

            assertThat(code).as(path + ": " + out + err).isZero();
            assertThat(out.toString().lines()).as("nothing wrong with " + path + " (no imgproc error, no"
                    + " self-duplicate url or slug, no encoding warning)").allMatch(l -> l.contains(": info: "));
        }
    }

    @Test
    void theWholeSiteIsCheckedWithSiteAndNoPaths() throws IOException {
        post("2026-07-01-broken", "---\ntitle: Broken\ndate: 2026-07-01\n---\n{{< imgproc stage Fill \"1x1\" >}}"
                + "{{< /imgproc >}}\n", false);

        assertThat(run("check", "--site", site.toString(), "--format", "json")).as(out + "" + err).isEqualTo(1);
        JsonNode array = new ObjectMapper().readTree(out.toString());
        List<JsonNode> serious = new java.util.ArrayList<>();
        array.forEach(d -> {
            if (!d.get("severity").asText().equals("info")) {
                serious.add(d);
            }
        });
        assertThat(serious).extracting(d -> d.get("rule").asText()).containsExactly("imgproc-no-match");
        assertThat(serious.get(0).get("path").asText()).endsWith("2026-07-01-broken/index.md".replace('/',
                java.io.File.separatorChar));
    }

    @Test
    void siteWithoutPathsNeedsASiteRoot() {
        assertThat(run("check")).isEqualTo(2);
        assertThat(err.toString()).contains("--site ROOT");
        assertThat(run("check", "--site", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no Hugo config");
    }

    @Test
    void githubFormatPrintsWorkflowAnnotations() throws IOException {
        Path bad = post("2026-08-08-typo", "---\ntitle: T\ndate: 2026-08-08\ntags: [comunity]\n---\n"
                + "{{< note >}}\nnever closed, 100%\n", false);

        assertThat(run("check", bad.toString(), "--format", "github")).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("::error file=" + bad.resolve("index.md")
                .toString().replace(":", "%3A") + ",line=6,col=1,title=shortcode-unclosed::"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("::warning file=").contains(",line=4,")
                .contains("title=frontmatter-unknown-tag::").contains("did you mean \"community\""));
        assertThat(lines).allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ")
                || l.startsWith("::notice "));
    }

    @Test
    void aFileNameWithANewlineCannotForgeALine() throws IOException {
        Path bundle = post("2026-09-09-names", "---\ntitle: N\ndate: 2026-09-09\nresources:\n  - src: \"*.png\"\n"
                + "---\nBody\n", false);
        Files.write(bundle.resolve("evil\nFAKE.md:1:1: error: forged [x].jpg"), new byte[] {1});

        run("check", bundle.toString());
        assertThat(out.toString().lines()).noneMatch(l -> l.startsWith("FAKE.md"));
        assertThat(out.toString()).contains("evil\\nFAKE.md");
    }

    @Test
    void renderReportsWhatCheckReportsWordForWord() throws IOException {
        Path bundle = post("2026-10-10-gallery", "---\ntitle: G\ndate: 2026-10-10\n---\n"
                + "{{< gallery match=\"photos/*\" >}}\n\nIt\u00e2\u20ac\u2122s here.\n", false);

        int checked = run("check", bundle.toString());
        List<String> checkLines = out.toString().lines().toList();
        int rendered = run("render", bundle.resolve("index.md").toString(), "-o", dir.resolve("g.html").toString());

        assertThat(checkLines).isNotEmpty();
        assertThat(err.toString().lines().toList()).isEqualTo(checkLines);
        assertThat(rendered).isEqualTo(checked).isZero();
    }

    @Test
    void fixOnlyWithAnUnknownRuleIsAUsageErrorNamingTheKnownOnes() throws IOException {
        Path bundle = post("2026-11-11-fix", "---\ntitle: F\n---\nIt\u00e2\u20ac\u2122s here.\n", false);
        String before = Files.readString(bundle.resolve("index.md"));

        assertThat(run("fix", bundle.toString(), "--only", "mojibak")).isEqualTo(2);
        assertThat(err.toString()).contains("no rule \"mojibak\"", "mojibake", "encoding", "shortcode-in-code");
        assertThat(run("fix", bundle.toString(), "--only", "gallery-empty")).isEqualTo(2);
        assertThat(err.toString()).contains("offers no automatic fix");
        assertThat(Files.readString(bundle.resolve("index.md"))).isEqualTo(before);

        assertThat(run("fix", bundle.resolve("index.md").toString(), "--only", "mojibake")).isZero();
        assertThat(Files.readString(bundle.resolve("index.md"))).contains("It\u2019s here.");
    }

    @Test
    void docsysShortcodesAreKnownWhenTheSiteImportsDocsyAsAModuleThatIsNotOnDisk() throws IOException {
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'https://example.org/'\n[module]\n"
                + "[[module.imports]]\npath = 'github.com/google/docsy'\n[[module.imports]]\n"
                + "path = 'github.com/mfg92/hugo-shortcode-gallery'\n");
        Path bundle = post("2026-12-01-docsy", "---\ntitle: D\ndate: 2026-12-01\n---\n"
                + "{{% pageinfo %}}Old.{{% /pageinfo %}}\n{{< gallery >}}\n{{< booth-map >}}\n", false);

        run("check", bundle.toString());
        assertThat(out.toString().lines().filter(l -> l.contains("[shortcode-unknown]")))
                .singleElement().asString().contains("booth-map").contains("warning");
    }
}
