package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.image.ImageSpec;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post's resources as Hugo's templates see them: globs, metadata names and params, processing, changes. */
class BundleImagesProviderTest {

    private final BundleImagesProvider provider = TestRenderers.images();

    @Test
    void globsMatchLikeHugosResourceGlobs(@TempDir Path dir) throws Exception {
        BundleImages images = provider.open(Optional.of(TestBundle.create(dir)), List.of());
        assertThat(images.isPageBundle()).isTrue();
        assertThat(names(images, "**")).containsExactlyInAnyOrder("deep-dive1.png", "deep-dive10.png",
                "keynote-stage.jpg", "photos/hall-01.jpg", "photos/hall-02.jpg", "photos/hall-03.jpg",
                "welcome-featured.jpg", "notes.txt");
        assertThat(names(images, "*")).doesNotContain("photos/hall-01.jpg");
        assertThat(names(images, "photos/*")).containsExactly("photos/hall-01.jpg", "photos/hall-02.jpg",
                "photos/hall-03.jpg");
        assertThat(names(images, "**WELCOME*")).containsExactly("welcome-featured.jpg");
        assertThat(names(images, "**.{jpg,png}")).hasSize(7);
        assertThat(images.getMatch("**deep-dive1*")).map(BundleImages.Resource::name).contains("deep-dive1.png");
        assertThat(images.match("**notes*")).singleElement().satisfies(r -> assertThat(r.image()).isFalse());
    }

    @Test
    void resourcesMetadataRenamesAndGivesParamsAsHugoDoes(@TempDir Path dir) throws Exception {
        List<Map<String, Object>> metadata = List.of(Map.of("src", "photos/*", "name", "hall-:counter",
                "params", Map.of("byline", "Photo: Ana")));
        BundleImages images = provider.open(Optional.of(TestBundle.create(dir)), metadata);
        assertThat(names(images, "hall-*")).containsExactlyInAnyOrder("hall-1", "hall-2", "hall-3");
        assertThat(images.getMatch("hall-*")).get().satisfies(r -> {
            assertThat(r.file().getParent().getFileName().toString()).isEqualTo("photos");
            assertThat(r.params()).containsEntry("byline", "Photo: Ana");
        });
    }

    @Test
    void processingGivesHugosSizeAndAFileToShow(@TempDir Path dir) throws Exception {
        BundleImages images = provider.open(Optional.of(TestBundle.create(dir)), List.of());
        BundleImages.Resource welcome = images.getMatch("**welcome*").orElseThrow();
        BundleImages.Processed processed = images.process(welcome, ImageSpec.parse("Resize 600x"));
        assertThat(processed.width()).isEqualTo(600);
        assertThat(processed.height()).isEqualTo(400);
        assertThat(processed.file()).isRegularFile().startsWith(TestRenderers.IMAGE_CACHE);
    }

    @Test
    void aNewImageIsFoundByTheNextRender(@TempDir Path dir) throws Exception {
        TestBundle.create(dir);
        assertThat(provider.open(Optional.of(dir), List.of()).match("photos/*")).hasSize(3);
        TestBundle.image(dir, "photos/hall-04.jpg", 300, 200, Color.RED);
        Files.setLastModifiedTime(dir.resolve("photos"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(provider.open(Optional.of(dir), List.of()).match("photos/*")).hasSize(4);
    }

    @Test
    void aFolderWithoutIndexMdIsNoBundleAndHasNoResources(@TempDir Path dir) throws Exception {
        TestBundle.image(dir, "photo.jpg", 64, 48, Color.BLUE);
        BundleImages images = provider.open(Optional.of(dir), List.of());
        assertThat(images.isPageBundle()).isFalse();
        assertThat(images.match("**")).isEmpty();
        assertThat(provider.open(Optional.empty(), List.of()).isPageBundle()).isFalse();
    }

    private static List<String> names(BundleImages images, String glob) {
        return images.match(glob).stream().map(BundleImages.Resource::name).toList();
    }
}
