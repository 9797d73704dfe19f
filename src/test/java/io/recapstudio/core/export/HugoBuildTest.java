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
}
