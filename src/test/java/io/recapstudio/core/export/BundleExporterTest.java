package io.recapstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.post.PageBundle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleExporterTest {

    @TempDir
    Path dir;

    private Path source;
    private Path site;

    @BeforeEach
    void createBundleAndSite() throws IOException {
        source = Files.createDirectories(dir.resolve("work/harbor-bay"));
        Files.writeString(source.resolve("index.md"), "---\r\ntitle: \"Harbor Bay\"  # keep\r\n"
                + "date: 2026-10-14 09:30:00+02:00\r\n---\r\n\r\n{{< imgproc stage Resize \"300x\" >}}\r\n"
                + "On stage.\r\n{{< /imgproc >}}\r\n");
        ImageIO.write(new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB), "jpg",
                source.resolve("stage.jpg").toFile());
        Files.createDirectories(source.resolve("photos"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png",
                source.resolve("photos/a.png").toFile());
        site = SiteTrees.minimalSite(dir.resolve("site"));
        Files.writeString(site.resolve("content/blog/other.md"), "---\ntitle: Other\n---\n");
    }

    private ExportPlan plan(ExportTarget target, ExportOptions options) throws IOException {
        return ExportPlanner.standard().plan(PageBundle.open(source), target, options);
    }

    private ExportTarget siteTarget() throws IOException {
        return ExportPlanner.siteTarget(io.recapstudio.core.site.Site.open(site), Optional.of("blog"),
                Optional.empty(), PageBundle.open(source).post());
    }

    @Test
    void anUntouchedBundleLandsByteForByteInTheSectionWithTheSitesPermissions() throws IOException {
        ExportTarget target = siteTarget();
        assertThat(target.bundleDir()).isEqualTo(site.resolve("content/blog/harbor-bay").toAbsolutePath());

        ExportReport report = new BundleExporter().export(plan(target, ExportOptions.defaults()),
                BundleExporter.Progress.NONE, () -> false);

        assertThat(report.files()).isEqualTo(3);
        for (String name : List.of("index.md", "stage.jpg", "photos/a.png")) {
            assertThat(Files.readAllBytes(target.bundleDir().resolve(name)))
                    .isEqualTo(Files.readAllBytes(source.resolve(name)));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.bundleDir())))
                .isEqualTo("rwxr-xr-x");
        try (var siblings = Files.list(target.bundleDir().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("harbor-bay",
                    "other.md");
        }
    }

    @Test
    void nothingOutsideTheBundleFolderChanges() throws IOException {
        ExportTarget target = siteTarget();
        Map<String, String> before = SiteTrees.snapshot(site);

        new BundleExporter().export(plan(target, ExportOptions.defaults()), BundleExporter.Progress.NONE, () -> false);

        Map<String, String> after = SiteTrees.snapshot(site);
        after.keySet().removeIf(name -> name.startsWith("content/blog/harbor-bay"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aFailureAtAnyStepLeavesTheSiteExactlyAsItWas() throws IOException {
        ExportTarget target = siteTarget();
        List<String> steps = new ArrayList<>();
        new BundleExporter(steps::add).export(plan(target, ExportOptions.defaults()), BundleExporter.Progress.NONE,
                () -> false);
        assertThat(steps).contains("create-temp", "write:index.md", "write:stage.jpg", "move-into-place");
        BundleExporter.deleteTree(target.bundleDir());

        for (String failing : steps) {
            Map<String, String> before = SiteTrees.snapshot(site);
            BundleExporter exporter = new BundleExporter(step -> {
                if (step.equals(failing)) {
                    throw new IOException("injected failure at " + step);
                }
            });
            ExportPlan plan = plan(target, ExportOptions.defaults());
            assertThatThrownBy(() -> exporter.export(plan, BundleExporter.Progress.NONE, () -> false))
                    .isInstanceOf(ExportException.class).hasMessageContaining("left as it was");
            assertThat(SiteTrees.snapshot(site)).as("after a failure at " + failing).isEqualTo(before);
        }
    }

    @Test
    void replacingAnExistingBundleIsAtomicToo() throws IOException {
        ExportTarget target = siteTarget();
        Files.createDirectories(target.bundleDir());
        Files.writeString(target.bundleDir().resolve("index.md"), "---\ntitle: Old\n---\nOld text.\n");
        Files.writeString(target.bundleDir().resolve("old.txt"), "stays until replaced");
        ExportOptions replace = ExportOptions.defaults().withReplaceExisting(true);
        List<String> steps = new ArrayList<>();
        new BundleExporter(steps::add).export(plan(target, replace), BundleExporter.Progress.NONE, () -> false);
        assertThat(steps).contains("move-aside");
        BundleExporter.deleteTree(target.bundleDir());
        Files.createDirectories(target.bundleDir());
        Files.writeString(target.bundleDir().resolve("index.md"), "---\ntitle: Old\n---\nOld text.\n");
        Files.writeString(target.bundleDir().resolve("old.txt"), "stays until replaced");

        for (String failing : steps) {
            Map<String, String> before = SiteTrees.snapshot(site);
            ExportPlan plan = plan(target, replace);
            assertThatThrownBy(() -> new BundleExporter(step -> {
                if (step.equals(failing)) {
                    throw new IOException("injected");
                }
            }).export(plan, BundleExporter.Progress.NONE, () -> false)).isInstanceOf(ExportException.class);
            assertThat(SiteTrees.snapshot(site)).as("after a failure at " + failing).isEqualTo(before);
        }

        ExportPlan plan = plan(target, replace);
        assertThat(plan.removed()).containsExactly("old.txt");
        assertThat(plan.postDiff()).isNotEmpty();
        ExportReport report = new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false);
        assertThat(report.replaced()).isTrue();
        assertThat(target.bundleDir().resolve("old.txt")).doesNotExist();
        assertThat(Files.readAllBytes(target.bundleDir().resolve("index.md")))
                .isEqualTo(Files.readAllBytes(source.resolve("index.md")));
    }

    @Test
    void anExistingBundleIsRefusedUnlessReplacingWasChosen() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("index.md"), "keep me");

        ExportPlan plan = plan(ExportTarget.folder(out), ExportOptions.defaults());

        assertThat(plan.targetExists()).isTrue();
        assertThat(plan.refusal()).contains("already exists");
        assertThatThrownBy(() -> new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false))
                .hasMessageContaining("refused");
        assertThat(Files.readString(out.resolve("index.md"))).isEqualTo("keep me");
    }

    @Test
    void cancellingLeavesNoTrace() throws IOException {
        Path out = dir.resolve("site/content/blog/new/deeper/bundle");
        AtomicInteger calls = new AtomicInteger();
        Map<String, String> before = SiteTrees.snapshot(site);

        assertThatThrownBy(() -> new BundleExporter().export(plan(ExportTarget.folder(out), ExportOptions.defaults()),
                BundleExporter.Progress.NONE, () -> calls.incrementAndGet() > 1))
                .isInstanceOf(ExportCancelledException.class);

        assertThat(SiteTrees.snapshot(site)).isEqualTo(before);
    }

    @Test
    void onlyReferencedResourcesLeavesUnusedFilesBehind() throws IOException {
        Files.writeString(source.resolve("notes.txt"), "not used by the post");

        ExportPlan plan = plan(ExportTarget.folder(dir.resolve("out")),
                ExportOptions.defaults().withOnlyReferencedResources(true));

        assertThat(plan.files()).extracting(PlannedFile::name).containsExactly("index.md", "stage.jpg");
    }

    @Test
    void anEditedPostIsWrittenFromItsTextAndTheDiffShowsTheChangedLine() throws IOException {
        Path out = dir.resolve("out");
        new BundleExporter().export(plan(ExportTarget.folder(out), ExportOptions.defaults()),
                BundleExporter.Progress.NONE, () -> false);
        PageBundle bundle = PageBundle.open(source);
        PageBundle edited = bundle.withPost(bundle.post().withText(bundle.post().text().replace("On stage.",
                "On the main stage.")));

        ExportPlan plan = ExportPlanner.standard().plan(edited, ExportTarget.folder(out),
                ExportOptions.defaults().withReplaceExisting(true));

        assertThat(plan.files().get(0).change()).isEqualTo(PlannedFile.Change.CHANGED);
        assertThat(plan.files().get(1).change()).isEqualTo(PlannedFile.Change.UNCHANGED);
        assertThat(plan.postDiff()).extracting(Object::toString)
                .containsExactly("-7: On stage.", "+7: On the main stage.");
        new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false);
        assertThat(Files.readString(out.resolve("index.md"))).contains("On the main stage.\r\n");
    }

    @Test
    void imagesWiderThanTheChosenWidthAreDownscaledAndOthersCopiedAsTheyAre() throws IOException {
        Path out = dir.resolve("small");
        ExportPlan plan = plan(ExportTarget.folder(out), ExportOptions.defaults().withMaxImageWidth(300));

        assertThat(plan.files()).filteredOn(f -> f.name().equals("stage.jpg")).singleElement()
                .satisfies(f -> assertThat(f.maxWidth()).isEqualTo(300));
        new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false);

        assertThat(io.recapstudio.core.image.ImageInfo.read(out.resolve("stage.jpg")).size())
                .isEqualTo(new io.recapstudio.core.image.Size(300, 200));
        assertThat(Files.readAllBytes(out.resolve("photos/a.png")))
                .isEqualTo(Files.readAllBytes(source.resolve("photos/a.png")));
        assertThat(Files.readAllBytes(out.resolve("index.md"))).isEqualTo(Files.readAllBytes(source.resolve("index.md")));
    }

    @Test
    void theBundleAnExportReplacesIsNoDuplicateOfThePostsUrl() throws IOException {
        Files.writeString(source.resolve("index.md"), "---\ntitle: \"Harbor Bay\"\nurl: /harbor-bay-2026/\n---\n\nText.\n");
        ExportTarget target = siteTarget();
        new BundleExporter().export(plan(target, ExportOptions.defaults()), BundleExporter.Progress.NONE, () -> false);

        ExportPlan again = plan(siteTarget(), ExportOptions.defaults().withReplaceExisting(true));

        assertThat(again.targetExists()).isTrue();
        assertThat(again.diagnostics()).noneMatch(d -> d.rule().contains("duplicate"));
        Files.createDirectories(site.resolve("content/blog/other-copy"));
        Files.copy(source.resolve("index.md"), site.resolve("content/blog/other-copy/index.md"));
        assertThat(plan(siteTarget(), ExportOptions.defaults().withReplaceExisting(true)).diagnostics())
                .as("another page with the url is still found").anyMatch(d -> d.rule().contains("duplicate-url"));
    }
}
