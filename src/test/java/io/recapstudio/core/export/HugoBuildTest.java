package io.recapstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported bundles built by the real {@code hugo} on the PATH (CI installs Debian's). */
class HugoBuildTest {

    @TempDir
    Path dir;

    private Path site;
    private Path bundle;
    private HugoVerifier hugo;

    @BeforeEach
    void setUp() throws IOException {
        Optional<HugoVerifier> found = HugoVerifier.onPath();
        assumeTrue(found.isPresent(), "hugo is not on the PATH");
        hugo = found.get();
        site = SiteTrees.minimalSite(dir.resolve("site"));
        bundle = Files.createDirectories(dir.resolve("work/recap"));
        ImageIO.write(new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB), "jpg",
                bundle.resolve("keynote-stage.jpg").toFile());
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png",
                bundle.resolve("booth.png").toFile());
    }

    private void post(String body) throws IOException {
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Harbor Bay recap\"\ndate: 2026-10-14\n"
                + "tags: [event]\n---\n\n" + body);
    }

    private ExportReport export(ExportOptions options) throws IOException {
        PageBundle pageBundle = PageBundle.open(bundle);
        ExportTarget target = ExportPlanner.siteTarget(Site.open(site), Optional.of("blog"), Optional.empty(),
                pageBundle.post());
        ExportPlan plan = ExportPlanner.standard().plan(pageBundle, target, options);
        return new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false);
    }

    @Test
    void anExportedBundleBuildsAndItsImagesAreProcessed() throws IOException, InterruptedException {
        post("Intro.\n\n{{< imgproc keynote Fill \"300x200 Center\" >}}\nOn stage.\n{{< /imgproc >}}\n\n"
                + "{{< imgproc booth Resize \"320x\" >}}\nThe booth.\n{{< /imgproc >}}\n\n![Booth](booth.png)\n");
        Map<String, String> before = SiteTrees.snapshot(site);

        ExportReport report = export(ExportOptions.defaults());
        HugoVerifier.Result result = hugo.build(site);

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(result.problems()).isEmpty();
        Map<String, String> after = SiteTrees.snapshot(site);
        after.keySet().removeIf(name -> name.startsWith("content/blog/" + report.bundleDir().getFileName()));
        assertThat(after).as("the build wrote nothing into the site").isEqualTo(before);

        Path publicDir = dir.resolve("public");
        Process process = new ProcessBuilder("hugo", "--source", site.toString(), "--destination",
                publicDir.toString(), "--cacheDir", dir.resolve("cache").toString(), "--noBuildLock")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        String html = Files.readString(publicDir.resolve("blog/harbor-bay-recap/index.html"));
        assertThat(html).contains("width=\"300\" height=\"200\"").contains("width=\"320\" height=\"240\"");
        try (Stream<Path> files = Files.list(publicDir.resolve("blog/harbor-bay-recap"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.startsWith("keynote-stage_hu") && n.contains("300x200"));
        }
    }

    @Test
    void aBrokenBundleIsRefusedAndHugoAgreesItDoesNotBuild() throws IOException {
        post("Intro.\n\n{{< imgproc keynot-stag Resize \"300x\" >}}\nOn stage.\n{{< /imgproc >}}\n");
        PageBundle pageBundle = PageBundle.open(bundle);
        ExportTarget target = ExportPlanner.siteTarget(Site.open(site), Optional.of("blog"), Optional.empty(),
                pageBundle.post());
        ExportPlan plan = ExportPlanner.standard().plan(pageBundle, target, ExportOptions.defaults());

        assertThat(plan.refusal()).contains("errors");
        assertThat(plan.diagnostics()).anyMatch(d -> d.rule().equals("imgproc-no-match") && d.line() == 9);

        export(ExportOptions.defaults().withForce(true));
        HugoVerifier.Result result = hugo.build(site);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).anyMatch(p -> p.file().map(f -> f.endsWith("index.md")).orElse(false)
                && p.line() == 9);
    }

    private ExportPlan sitePlan(ExportOptions options) throws IOException {
        PageBundle pageBundle = PageBundle.open(bundle);
        ExportTarget target = ExportPlanner.siteTarget(Site.open(site), Optional.of("blog"), Optional.empty(),
                pageBundle.post());
        return ExportPlanner.standard().plan(pageBundle, target, options);
    }

    private static void assertNoBuildTraces(Path site) {
        assertThat(site.resolve("public")).doesNotExist();
        assertThat(site.resolve("resources")).doesNotExist();
        assertThat(site.resolve(".hugo_build.lock")).doesNotExist();
    }

    @Test
    void verifyingBuildsACopyOfTheSiteAndWritesTheBundleOnlyAfterHugoSucceeded() throws IOException {
        post("Intro.\n\n{{< imgproc booth Resize \"320x\" >}}\nThe booth.\n{{< /imgproc >}}\n");
        Map<String, String> before = SiteTrees.snapshot(site);

        ExportOutcome outcome = new VerifiedExport(new BundleExporter()).run(sitePlan(ExportOptions.defaults()),
                Optional.of(hugo), BundleExporter.Progress.NONE, () -> false);

        assertThat(outcome.build()).hasValueSatisfying(b -> assertThat(b.succeeded()).as(b.output()).isTrue());
        ExportReport report = outcome.written().orElseThrow();
        assertThat(report.bundleDir().resolve("booth.png")).hasSameBinaryContentAs(bundle.resolve("booth.png"));
        Map<String, String> after = SiteTrees.snapshot(site);
        after.keySet().removeIf(name -> name.startsWith("content/blog/harbor-bay-recap"));
        assertThat(after).isEqualTo(before);
        assertNoBuildTraces(site);
    }

    @Test
    void aBundleHugoRefusesIsNotWrittenTheBundleThereStaysAndHugosLinesPointIntoThePost() throws IOException {
        SiteTrees.failingShortcode(site);
        Path existing = Files.createDirectories(site.resolve("content/blog/harbor-bay-recap"));
        Files.writeString(existing.resolve("index.md"), "---\ntitle: \"Harbor Bay recap\"\n---\nThe old text.\n");
        post("Intro.\n\n{{< boom \"at the keynote\" >}}\n");
        ExportPlan plan = sitePlan(ExportOptions.defaults().withReplaceExisting(true));
        assertThat(plan.refusal()).as("our checks do not see it").isNull();
        Map<String, String> before = SiteTrees.snapshot(site);

        ExportOutcome outcome = new VerifiedExport(new BundleExporter()).run(plan, Optional.of(hugo),
                BundleExporter.Progress.NONE, () -> false);

        assertThat(outcome.written()).isEmpty();
        assertThat(outcome.buildFailed()).isTrue();
        HugoVerifier.Result build = outcome.build().orElseThrow();
        assertThat(build.problems()).anySatisfy(p -> {
            assertThat(p.file()).contains(existing.resolve("index.md").toAbsolutePath());
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("shortcode \"boom\"").doesNotContain("recap-verify-site");
        });
        assertThat(build.output()).doesNotContain("recap-verify-site");
        assertThat(SiteTrees.snapshot(site)).as("the site is as before").isEqualTo(before);
        assertNoBuildTraces(site);
    }

    @Test
    void aForcedExportIsWrittenThoughHugoFailedAndSaysSo() throws IOException {
        SiteTrees.failingShortcode(site);
        post("Intro.\n\n{{< boom \"x\" >}}\n");

        ExportOutcome outcome = new VerifiedExport(new BundleExporter()).run(sitePlan(ExportOptions.defaults()
                .withForce(true)), Optional.of(hugo), BundleExporter.Progress.NONE, () -> false);

        assertThat(outcome.buildFailed()).isTrue();
        assertThat(outcome.written()).hasValueSatisfying(r -> assertThat(r.bundleDir().resolve("index.md"))
                .hasSameBinaryContentAs(bundle.resolve("index.md")));
    }

    @Test
    void hugoWritingItsStatsFileInTheCopyLeavesTheSitesOwnAlone() throws IOException {
        Files.writeString(site.resolve("hugo.toml"), Files.readString(site.resolve("hugo.toml"))
                .replace("title = 'Test site'\n", "title = 'Test site'\n[build]\nwriteStats = true\n"));
        Files.writeString(site.resolve("hugo_stats.json"), "{\"htmlElements\": {}}\n");
        post("Intro with <em>markup</em>.\n");
        Map<String, String> before = SiteTrees.snapshot(site);

        ExportPlan plan = sitePlan(ExportOptions.defaults());
        HugoVerifier.Result result = new VerifiedExport(new BundleExporter()).build(plan, hugo,
                BundleExporter.Progress.NONE, () -> false);

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(SiteTrees.snapshot(site)).isEqualTo(before);
    }

    @Test
    void aSiteUsingGitInfoBuildsInTheCopyWithTheSitesRepository() throws IOException, InterruptedException {
        assumeTrue(runs(site, "git", "--version"), "git is not on the PATH");
        Files.writeString(site.resolve("hugo.toml"), Files.readString(site.resolve("hugo.toml"))
                .replace("title = 'Test site'\n", "title = 'Test site'\nenableGitInfo = true\n"));
        Files.writeString(site.resolve("layouts/_default/single.html"),
                "<html><body>{{ .Content }}{{ with .GitInfo }}{{ .AbbreviatedHash }}{{ end }}</body></html>\n");
        Files.writeString(site.resolve("content/blog/_index.md"), "---\ntitle: Blog\n---\n");
        assertThat(runs(site, "git", "init", "-q")).isTrue();
        assertThat(runs(site, "git", "add", "-A")).isTrue();
        assertThat(runs(site, "git", "-c", "user.email=t@example.org", "-c", "user.name=T", "commit", "-qm", "site"))
                .isTrue();
        post("Text.\n");
        Map<String, String> before = SiteTrees.snapshot(site);

        HugoVerifier.Result result = new VerifiedExport(new BundleExporter()).build(sitePlan(ExportOptions.defaults()),
                hugo, BundleExporter.Progress.NONE, () -> false);

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(SiteTrees.snapshot(site)).isEqualTo(before);
    }

    private static boolean runs(Path dir, String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
