package io.recapstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The throw-away copy of a site that Hugo builds to verify an export: cheap, complete, and unable to reach the site. */
class SiteCopyTest {

    @TempDir
    Path dir;

    @Test
    void theCopyLinksContentCopiesTopFilesAndLeavesOutWhatHugoWritesOrDoesNotRead() throws IOException {
        Path site = SiteTrees.minimalSite(dir.resolve("site"));
        Path old = Files.createDirectories(site.resolve("content/blog/old"));
        Files.writeString(old.resolve("index.md"), "---\ntitle: Old\n---\n");
        Files.write(old.resolve("photo.jpg"), new byte[4096]);
        Path replaced = Files.createDirectories(site.resolve("content/blog/replaced"));
        Files.writeString(replaced.resolve("index.md"), "---\ntitle: Replaced\n---\n");
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/HEAD"), "ref\n");
        Files.createDirectories(site.resolve("public"));
        Files.writeString(site.resolve("public/index.html"), "built");
        Files.createDirectories(site.resolve("resources/_gen"));
        Files.writeString(site.resolve("hugo_stats.json"), "{}");
        Path leftover = Files.createDirectories(site.resolve("content/blog/.new.recap-tmp-1-2-3"));
        Files.writeString(leftover.resolve("index.md"), "partial");
        Path shared = Files.createDirectories(dir.resolve("shared-notes"));
        Files.writeString(shared.resolve("index.md"), "---\ntitle: Linked\n---\n");
        Files.createSymbolicLink(site.resolve("content/blog/linked"), shared);
        Map<String, String> before = SiteTrees.snapshot(site);

        Path work;
        try (SiteCopy copy = SiteCopy.of(Site.open(site), site.resolve("content/blog/replaced"), () -> false)) {
            Path root = copy.root();
            work = root.getParent();
            assertThat(Files.isSameFile(root.resolve("content/blog/old/photo.jpg"), old.resolve("photo.jpg")))
                    .as("a hard link").isTrue();
            assertThat(Files.isSameFile(root.resolve("hugo.toml"), site.resolve("hugo.toml"))).as("copied").isFalse();
            assertThat(Files.isSameFile(root.resolve("hugo_stats.json"), site.resolve("hugo_stats.json"))).isFalse();
            assertThat(root.resolve("layouts/shortcodes/imgproc.html")).exists();
            assertThat(root.resolve("content/blog/replaced")).doesNotExist();
            assertThat(root.resolve(".git")).doesNotExist();
            assertThat(root.resolve("public")).doesNotExist();
            assertThat(root.resolve("resources")).doesNotExist();
            assertThat(root.resolve("content/blog/.new.recap-tmp-1-2-3")).doesNotExist();
            assertThat(Files.isSymbolicLink(root.resolve("content/blog/linked"))).as("a linked folder is copied")
                    .isFalse();
            assertThat(root.resolve("content/blog/linked/index.md")).exists();
            Files.writeString(root.resolve("content/blog/linked/new.txt"), "written into the copy");
            assertThat(copy.inCopy(site.resolve("content/blog/replaced"))).isEqualTo(root.resolve(
                    "content/blog/replaced"));
        }

        assertThat(work).doesNotExist();
        assertThat(SiteTrees.snapshot(site)).isEqualTo(before);
        assertThat(shared.resolve("new.txt")).doesNotExist();
    }
}
