package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageBundleTest {

    @TempDir
    Path folder;

    private void file(String name) throws IOException {
        Path path = folder.resolve(name);
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[] {0});
    }

    @Test
    void listsResourcesRecursivelyWithSlashedRelativeNamesInHugoOrder() throws IOException {
        Files.writeString(folder.resolve("index.md"), "---\ntitle: x\n---\n");
        for (String name : new String[] {"b.jpg", "A.png", "flickr/crowd-02.jpg", "flickr/old/crowd-01.jpg",
                "notes.txt", "slides.pdf", ".DS_Store", ".git/config", "draft~", "#autosave#"}) {
            file(name);
        }

        PageBundle bundle = PageBundle.open(folder);

        assertThat(bundle.isSingleFile()).isFalse();
        assertThat(bundle.resources()).extracting(BundleResource::name).containsExactly("slides.pdf", "A.png",
                "b.jpg", "flickr/crowd-02.jpg", "flickr/old/crowd-01.jpg", "notes.txt");
        assertThat(bundle.resources().get(1).isImage()).isTrue();
        assertThat(bundle.post().frontMatter().title()).contains("x");
    }

    @Test
    void singleMarkdownFileIsAPageWithoutResources() throws IOException {
        Path page = folder.resolve("my-recap.md");
        Files.writeString(page, "+++\ntitle = \"x\"\n+++\n");
        file("unrelated.jpg");

        PageBundle bundle = PageBundle.open(page);

        assertThat(bundle.isSingleFile()).isTrue();
        assertThat(bundle.indexFile()).isEqualTo(page);
        assertThat(bundle.resources()).isEmpty();
    }

    @Test
    void folderWithoutIndexIsRefusedWithWhatToChoose() {
        assertThatThrownBy(() -> PageBundle.open(folder)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("index.md");
        assertThatThrownBy(() -> PageBundle.open(folder.resolve("missing.md"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFolderHoldingOnlyAnUnderscoreIndexOpensAsTheBranchBundleItsIndexPathOpens() throws IOException {
        Files.writeString(folder.resolve("_index.md"), "---\ntitle: Blog\n---\n");
        file("banner.png");
        file("2026-recap/index.md");

        PageBundle byFolder = PageBundle.open(folder);
        PageBundle byPath = PageBundle.open(folder.resolve("_index.md"));

        assertThat(PageBundle.indexIn(folder)).contains(folder.resolve("_index.md"));
        assertThat(byFolder.indexFile()).isEqualTo(byPath.indexFile());
        assertThat(byFolder.isSingleFile()).isFalse();
        assertThat(byFolder.resources()).extracting(BundleResource::name)
                .isEqualTo(byPath.resources().stream().map(BundleResource::name).toList()).contains("banner.png")
                .doesNotContain("2026-recap/index.md");
        assertThat(byFolder.post().frontMatter().title()).contains("Blog");
    }

    @Test
    void aFolderHoldingBothIndexFilesIsTheLeafBundle() throws IOException {
        Files.writeString(folder.resolve("index.md"), "---\ntitle: leaf\n---\n");
        Files.writeString(folder.resolve("_index.md"), "---\ntitle: branch\n---\n");

        assertThat(PageBundle.open(folder).indexFile()).isEqualTo(folder.resolve("index.md"));
        assertThat(PageBundle.indexIn(folder.resolve("missing"))).isEmpty();
    }

    @Test
    void resolvedResourcesApplyTheFrontMatterMetadata() throws IOException {
        Files.writeString(folder.resolve("index.md"),
                "---\nresources:\n- src: \"**.{jpg,png}\"\n  title: \"Image #:counter\"\n---\n");
        file("b.jpg");
        file("a.png");
        file("c.jpeg");

        ResourceMetadata.Result resolved = PageBundle.open(folder).resolvedResources();

        assertThat(resolved.resources()).extracting(ResolvedResource::title)
                .containsExactly("Image #1", "Image #2", "c.jpeg");
    }

    @Test
    void savingAnEditedPostRewritesOnlyTheIndexAtomically() throws IOException {
        Files.writeString(folder.resolve("index.md"), "---\ntitle: old\n---\nbody\n");
        file("photo.jpg");
        PageBundle bundle = PageBundle.open(folder);

        PageBundle edited = bundle.withPost(bundle.post().withText(bundle.post().text().replace("old", "new")));
        edited.save();

        assertThat(Files.readString(folder.resolve("index.md"))).isEqualTo("---\ntitle: new\n---\nbody\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.md", "photo.jpg");
        }
    }
}
