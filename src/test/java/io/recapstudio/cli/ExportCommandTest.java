package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.Fixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recap export} as {@code cli.md} describes it. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private Path bundle;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void createBundle() throws IOException {
        bundle = Files.createDirectories(dir.resolve("harbor-bay"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Harbor Bay Day\"\ndate: 2026-10-14\n---\n\n"
                + "{{< imgproc stage Resize \"300x\" >}}\nOn stage.\n{{< /imgproc >}}\n");
        ImageIO.write(new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB), "jpg",
                bundle.resolve("stage.jpg").toFile());
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return RecapCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void everyRoundTripFixtureComesBackByteForByte() throws IOException {
        for (Path fixture : Fixtures.posts()) {
            Path target = dir.resolve("out-" + fixture.getFileName());

            int exit = run("export", fixture.toString(), "--out", target.toString(), "--force");

            assertThat(exit).as(fixture + ": " + err).isZero();
            assertThat(Files.readAllBytes(target.resolve("index.md"))).as(fixture.toString())
                    .isEqualTo(Files.readAllBytes(fixture));
        }
    }

    @Test
    void aCleanLeafPageNeedsNoForceAndBecomesABundle() throws IOException {
        Path leaf = Files.writeString(dir.resolve("leaf.md"), "+++\r\ntitle = 'Leaf'\r\n+++\r\nBody\r\n");

        assertThat(run("export", leaf.toString(), "--out", dir.resolve("leaf-bundle").toString())).isZero();

        assertThat(Files.readAllBytes(dir.resolve("leaf-bundle/index.md"))).isEqualTo(Files.readAllBytes(leaf));
        try (Stream<Path> files = Files.list(dir.resolve("leaf-bundle"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("index.md");
        }
    }

    @Test
    void aPostWithErrorsIsRefusedWithCheckOutputAndNothingIsWritten() throws IOException {
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: [unclosed\n---\n\n{{< note >}}\nopen\n");
        Path target = dir.resolve("refused");

        assertThat(run("export", bundle.toString(), "--out", target.toString())).isEqualTo(1);

        assertThat(out.toString()).containsPattern("index\\.md:\\d+:\\d+: error: .+ \\[[a-z-]+]");
        assertThat(err.toString()).contains("refused");
        assertThat(target).doesNotExist();

        assertThat(run("export", bundle.toString(), "--out", target.toString(), "--force")).isZero();
        assertThat(target.resolve("index.md")).exists();
    }

    @Test
    void anExistingBundleIsReplacedOnlyWithForce() throws IOException {
        Path target = dir.resolve("out");
        assertThat(run("export", bundle.toString(), "--out", target.toString())).isZero();
        Files.writeString(target.resolve("index.md"), "changed by hand");

        assertThat(run("export", bundle.toString(), "--out", target.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already exists").contains("--force");
        assertThat(Files.readString(target.resolve("index.md"))).isEqualTo("changed by hand");

        assertThat(run("export", bundle.toString(), "--out", target.toString(), "--force")).isZero();
        assertThat(Files.readAllBytes(target.resolve("index.md")))
                .isEqualTo(Files.readAllBytes(bundle.resolve("index.md")));
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing() throws IOException {
        Path target = dir.resolve("dry");

        assertThat(run("export", bundle.toString(), "--out", target.toString(), "--dry-run")).isZero();

        assertThat(out.toString()).contains("+ index.md").contains("+ stage.jpg").contains("nothing written");
        assertThat(target).doesNotExist();
    }

    @Test
    void intoASiteTheFolderIsNamedLikeTheSectionsBundles() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("hugo.yaml"), "title: Site\n");
        for (String name : List.of("2025-03-01-kubecon-eu", "2025-11-12-kubecon-na")) {
            Path existing = Files.createDirectories(site.resolve("content/blog").resolve(name));
            Files.writeString(existing.resolve("index.md"), "---\ntitle: " + name + "\n---\n");
        }

        assertThat(run("export", bundle.toString(), "--site", site.toString())).as(err.toString()).isZero();
        assertThat(site.resolve("content/blog/2026-10-14-harbor-bay-day/index.md")).exists();

        assertThat(run("export", bundle.toString(), "--site", site.toString(), "--section", "news",
                "--dir-name", "{yyyy}/{slug}")).as(err.toString()).isZero();
        assertThat(site.resolve("content/news/2026/harbor-bay-day/stage.jpg")).exists();
    }

    @Test
    void usageMistakesExitTwoWithOneClearLine() throws IOException {
        assertThat(run("export", dir.resolve("missing").toString(), "--out", dir.resolve("x").toString()))
                .isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("no such file");

        assertThat(run("export", bundle.toString())).isEqualTo(2);
        assertThat(run("export", bundle.toString(), "--out", "a", "--site", "b")).isEqualTo(2);
        assertThat(run("export", bundle.toString(), "--site", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no Hugo config");
        Files.writeString(dir.resolve("hugo.toml"), "title = 'Site'\n");
        assertThat(run("export", bundle.toString(), "--site", dir.toString(), "--dir-name", "{yyyy}"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("{slug}");
    }

    @Test
    void verifyBuildsTheSiteAroundAnOutFolderWithHugo() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(io.recapstudio.core.export.HugoVerifier.onPath().isPresent(),
                "hugo is not on the PATH");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'S'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("layouts/_default/single.html"), "{{ .Content }}\n");
        Files.writeString(site.resolve("layouts/_default/list.html"), "{{ .Title }}\n");
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Harbor Bay Day\"\n---\n\nJust text.\n");
        Path target = site.resolve("content/blog/harbor-bay");

        int exit = run("export", bundle.toString(), "--out", target.toString(), "--verify");

        assertThat(exit).as(out + " " + err).isZero();
        assertThat(out.toString()).contains("verify: hugo built the site");
        assertThat(site.resolve("public")).doesNotExist();
        assertThat(site.resolve(".hugo_build.lock")).doesNotExist();
    }
}
