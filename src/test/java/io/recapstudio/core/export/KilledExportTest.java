package io.recapstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.PageBundle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} in the middle of an export: the next export leaves no temporary folder and no partial bundle. */
class KilledExportTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path section;
    private Path source;
    private Path other;

    @BeforeEach
    void createBundlesAndSection() throws IOException {
        section = Files.createDirectories(dir.resolve("site/content/blog"));
        source = bundle("work/harbor-bay", "Harbor Bay");
        other = bundle("work/second", "Second");
    }

    private Path bundle(String path, String title) throws IOException {
        Path bundle = Files.createDirectories(dir.resolve(path));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"" + title + "\"\n---\n\n![Stage](stage.jpg)\n");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "jpg",
                bundle.resolve("stage.jpg").toFile());
        return bundle;
    }

    private List<String> hidden() throws IOException {
        try (Stream<Path> entries = Files.list(section)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    private void exportInProcess(Path bundle, Path target) throws IOException {
        ExportPlan plan = ExportPlanner.standard().plan(PageBundle.open(bundle), ExportTarget.folder(target),
                ExportOptions.defaults().withForce(true));
        new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false);
    }

    /** Starts a child export held at {@code step}, waits until it is there, and kills it with SIGKILL. */
    private void killChildAt(String step, Path target, boolean replace) throws Exception {
        Path ready = dir.resolve("ready-" + System.nanoTime());
        Process child = replace ? ExportChild.start(source.toString(), target.toString(), step, ready.toString(),
                dir.resolve("never").toString(), "replace")
                : ExportChild.start(source.toString(), target.toString(), step, ready.toString(),
                dir.resolve("never").toString());
        ExportChild.awaitFile(ready, child, LIMIT);
        child.destroyForcibly();
        assertThat(child.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anExportKilledWhileWritingLeavesNothingAfterTheNextExport() throws Exception {
        Path target = section.resolve("harbor-bay");

        killChildAt("write:stage.jpg", target, false);

        assertThat(hidden()).as("the kill left the temporary folder (and lock file) behind")
                .anyMatch(n -> n.startsWith(".harbor-bay.recap-tmp-"));
        assertThat(target).doesNotExist();

        exportInProcess(other, section.resolve("second"));

        assertThat(hidden()).isEmpty();
        assertThat(target).as("no partial bundle").doesNotExist();
        exportInProcess(source, target);
        assertThat(Files.readAllBytes(target.resolve("stage.jpg")))
                .isEqualTo(Files.readAllBytes(source.resolve("stage.jpg")));
        assertThat(hidden()).isEmpty();
    }

    @Test
    void anExportKilledWhileReplacingPutsTheOldBundleBackOnTheNextExport() throws Exception {
        Path target = section.resolve("harbor-bay");
        Files.createDirectories(target);
        Files.writeString(target.resolve("index.md"), "---\ntitle: Old\n---\nThe old text.\n");
        Files.writeString(target.resolve("old.txt"), "old resource");
        Map<String, String> before = SiteTrees.snapshot(target);

        killChildAt("move-into-place", target, true);

        assertThat(target).as("killed between moving the old bundle aside and the new one in").doesNotExist();
        assertThat(hidden()).anyMatch(n -> n.startsWith(".harbor-bay.recap-old-"));

        exportInProcess(other, section.resolve("second"));

        assertThat(hidden()).isEmpty();
        assertThat(SiteTrees.snapshot(target)).as("the old bundle is back, whole").isEqualTo(before);
    }

    @Test
    void aRunningExportsTemporaryFolderIsLeftAlone() throws Exception {
        Path target = section.resolve("harbor-bay");
        Path ready = dir.resolve("ready");
        Path go = dir.resolve("go");
        Process child = ExportChild.start(source.toString(), target.toString(), "write:stage.jpg", ready.toString(),
                go.toString());
        ExportChild.awaitFile(ready, child, LIMIT);

        exportInProcess(other, section.resolve("second"));

        assertThat(hidden()).as("the live export's folder and lock stay")
                .anyMatch(n -> n.startsWith(".harbor-bay.recap-tmp-")).contains(".harbor-bay.recap-lock");
        Files.writeString(go, "go");
        assertThat(child.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes())).isZero();
        assertThat(Files.readAllBytes(target.resolve("index.md")))
                .isEqualTo(Files.readAllBytes(source.resolve("index.md")));
        assertThat(hidden()).isEmpty();
    }

    @Test
    void leftoversOfTheOlderNamingAreCleanedTooAndAMovedAsideBundleIsPutBack() throws IOException {
        Path oldTemp = Files.createDirectories(section.resolve(".harbor-bay.export-8123456789"));
        Files.writeString(oldTemp.resolve("index.md"), "partial");
        Path oldAside = Files.createDirectories(section.resolve(".kept.replaced-1a2b3c"));
        Files.writeString(oldAside.resolve("index.md"), "---\ntitle: Kept\n---\n");
        Path notOurs = Files.createDirectories(section.resolve(".hidden-by-someone"));
        FileTime dayAgo = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        Files.setLastModifiedTime(oldTemp, dayAgo);
        Files.setLastModifiedTime(oldAside, dayAgo);

        exportInProcess(other, section.resolve("second"));

        assertThat(oldTemp).doesNotExist();
        assertThat(oldAside).doesNotExist();
        assertThat(Files.readString(section.resolve("kept/index.md"))).isEqualTo("---\ntitle: Kept\n---\n");
        assertThat(notOurs).as("a hidden folder that is not the export's").exists();
    }
}
