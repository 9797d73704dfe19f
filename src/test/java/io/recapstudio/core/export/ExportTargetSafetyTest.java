package io.recapstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an export may write: never over a folder that is not a page bundle, the source, or outside the site. */
class ExportTargetSafetyTest {

    @TempDir
    Path dir;

    private Path source;
    private Path site;

    @BeforeEach
    void createBundleAndSite() throws IOException {
        source = Files.createDirectories(dir.resolve("work/harbor-bay"));
        Files.writeString(source.resolve("index.md"), "---\ntitle: \"Harbor Bay\"\n---\n\nText.\n");
        Files.writeString(source.resolve("notes.txt"), "a resource");
        site = SiteTrees.minimalSite(dir.resolve("site"));
    }

    private ExportPlan forcedPlan(Path target) throws IOException {
        return ExportPlanner.standard().plan(PageBundle.open(source), ExportTarget.folder(target),
                ExportOptions.defaults().withForce(true).withReplaceExisting(true));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void forceNeverReplacesAFolderThatIsNotAPageBundle() throws IOException {
        Path project = dir.resolve("project");
        write(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        write(project.resolve("src/Main.java"), "class Main {}\n");
        write(project.resolve("README"), "my project\n");
        Path withGit = dir.resolve("with-git");
        write(withGit.resolve("index.md"), "---\ntitle: x\n---\n");
        write(withGit.resolve(".git/HEAD"), "ref\n");
        Path withPage = dir.resolve("with-page");
        write(withPage.resolve("index.md"), "---\ntitle: x\n---\n");
        write(withPage.resolve("nested/index.md"), "---\ntitle: y\n---\n");
        Path withConfig = dir.resolve("with-config");
        write(withConfig.resolve("index.md"), "---\ntitle: x\n---\n");
        write(withConfig.resolve("hugo.toml"), "title = 'x'\n");
        Path aSection = dir.resolve("a-section");
        write(aSection.resolve("_index.md"), "---\ntitle: Blog\n---\n");
        write(aSection.resolve("post/index.md"), "---\ntitle: Post\n---\n");
        Path withPackage = dir.resolve("with-package");
        write(withPackage.resolve("index.md"), "---\ntitle: x\n---\n");
        write(withPackage.resolve("package.json"), "{}\n");

        for (Path target : List.of(project, withGit, withPage, withConfig, aSection, withPackage)) {
            Map<String, String> before = SiteTrees.snapshot(target);
            ExportPlan plan = forcedPlan(target);

            assertThat(plan.notABundle()).as(target.toString()).isNotNull();
            assertThat(plan.refusal()).as(target.toString()).contains("is not a page bundle")
                    .contains("choose a new or empty folder");
            assertThatThrownBy(() -> new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false))
                    .isInstanceOf(ExportRefusedException.class);
            assertThat(SiteTrees.snapshot(target)).as(target.toString()).isEqualTo(before);
        }
    }

    @Test
    void aFolderThatBecameAProjectAfterThePlanIsNotReplacedEither() throws IOException {
        Path target = dir.resolve("out");
        write(target.resolve("index.md"), "---\ntitle: Old\n---\n");
        ExportPlan plan = forcedPlan(target);
        assertThat(plan.refusal()).isNull();
        write(target.resolve(".git/HEAD"), "ref\n");

        assertThatThrownBy(() -> new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false))
                .isInstanceOf(ExportRefusedException.class).hasMessageContaining(".git");
        assertThat(target.resolve(".git/HEAD")).exists();
    }

    @Test
    void theSourceItsFolderAndFoldersInsideItAreNeverTargets() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("alias"), source);
        Path leafFolder = Files.createDirectories(dir.resolve("leaf"));
        Path leaf = write(leafFolder.resolve("post.md"), "---\ntitle: Leaf\n---\n");
        write(leafFolder.resolve("other.txt"), "keep me");
        Map<String, String> before = SiteTrees.snapshot(dir.resolve("work"));

        for (Path target : List.of(source, source.getParent(), source.resolve("sub"), link)) {
            assertThatThrownBy(() -> forcedPlan(target)).as(target.toString()).isInstanceOf(ExportException.class)
                    .isNotInstanceOf(ExportRefusedException.class).hasMessageContaining("choose a folder outside");
        }
        assertThatThrownBy(() -> ExportPlanner.standard().plan(PageBundle.open(leaf),
                ExportTarget.folder(leafFolder), ExportOptions.defaults().withForce(true).withReplaceExisting(true)))
                .hasMessageContaining("holds the post itself");
        assertThat(SiteTrees.snapshot(dir.resolve("work"))).isEqualTo(before);
        assertThat(leafFolder.resolve("other.txt")).exists();
    }

    @Test
    void aSectionThatIsAPathOutOfTheSiteIsRefused() throws IOException {
        Site opened = Site.open(site);
        PageBundle bundle = PageBundle.open(source);
        for (String section : List.of("../../x", "..", "/tmp/x", dir.resolve("elsewhere").toString(), "blog/../..",
                "a\\..\\..", "C:x", "blog/", "./blog", "bl\nog")) {
            assertThatThrownBy(() -> ExportPlanner.siteTarget(opened, Optional.of(section), Optional.empty(),
                    bundle.post())).as(section).isInstanceOf(ExportException.class)
                    .hasMessageContaining("is not a folder name inside the site's content folder");
        }
        assertThat(ExportPlanner.siteTarget(opened, Optional.of("news/2026"), Optional.empty(), bundle.post())
                .bundleDir()).isEqualTo(site.resolve("content/news/2026/harbor-bay").toAbsolutePath());
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aSectionFolderThatLinksOutOfTheSiteIsRefusedBeforeAndWhileWriting() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(site.resolve("content/news"), outside);
        PageBundle bundle = PageBundle.open(source);

        assertThatThrownBy(() -> ExportPlanner.siteTarget(Site.open(site), Optional.of("news"), Optional.empty(),
                bundle.post())).hasMessageContaining("outside the site's content folder").hasMessageContaining(
                        outside.toRealPath().toString());

        ExportTarget blog = ExportPlanner.siteTarget(Site.open(site), Optional.of("blog"), Optional.empty(),
                bundle.post());
        ExportPlan plan = ExportPlanner.standard().plan(bundle, blog, ExportOptions.defaults());
        Files.delete(site.resolve("content/blog"));
        Files.createSymbolicLink(site.resolve("content/blog"), outside);
        assertThatThrownBy(() -> new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false))
                .hasMessageContaining("outside the site's content folder");
        try (var entries = Files.list(outside)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void aContentFolderThatIsALinkIsFollowedToWhereItLeads() throws IOException {
        Path realContent = Files.createDirectories(dir.resolve("shared/content/blog"));
        BundleExporter.deleteTree(site.resolve("content"));
        Files.createSymbolicLink(site.resolve("content"), realContent.getParent());
        PageBundle bundle = PageBundle.open(source);

        ExportTarget target = ExportPlanner.siteTarget(Site.open(site), Optional.of("blog"), Optional.empty(),
                bundle.post());
        new BundleExporter().export(ExportPlanner.standard().plan(bundle, target, ExportOptions.defaults()),
                BundleExporter.Progress.NONE, () -> false);

        assertThat(realContent.resolve("harbor-bay/index.md")).hasSameBinaryContentAs(source.resolve("index.md"));
    }

    @Test
    void aFullDiskOrAReadOnlyFolderIsSaidSoAndLeavesNothingBehind() throws IOException {
        Path target = site.resolve("content/blog/new/harbor-bay");
        Map<String, String> before = SiteTrees.snapshot(site);
        BundleExporter fullDisk = new BundleExporter(step -> {
            if (step.equals("write:notes.txt")) {
                throw new FileSystemException(target.resolve("notes.txt").toString(), null,
                        "No space left on device");
            }
        });
        BundleExporter readOnly = new BundleExporter(step -> {
            if (step.equals("create-temp")) {
                throw new AccessDeniedException(target.getParent().toString());
            }
        });

        assertThatThrownBy(() -> fullDisk.export(forcedPlan(target), BundleExporter.Progress.NONE, () -> false))
                .hasMessageContaining("the disk is full").hasMessageContaining("free some space")
                .hasMessageContaining("left as it was");
        assertThat(SiteTrees.snapshot(site)).isEqualTo(before);
        assertThatThrownBy(() -> readOnly.export(forcedPlan(target), BundleExporter.Progress.NONE, () -> false))
                .hasMessageContaining("permission denied on " + target.getParent())
                .hasMessageContaining("make the folder writable");
        assertThat(SiteTrees.snapshot(site)).isEqualTo(before);
    }
}
