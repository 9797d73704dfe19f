package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundle images as Hugo's resources: globs, case, order, and a listing that notices new files. */
class BundleImagesProviderTest {

    private final BundleImagesProvider provider = new BundleImagesProvider();

    @Test
    void globsMatchLikeHugosResourceGlobs(@TempDir Path dir) throws Exception {
        TestBundle.create(dir);
        BundleImages images = provider.apply(Optional.of(dir));
        assertThat(names(images, dir, "**")).containsExactly("deep-dive1.png", "deep-dive10.png",
                "keynote-stage.jpg", "photos/hall-01.jpg", "photos/hall-02.jpg", "photos/hall-03.jpg",
                "welcome-featured.jpg");
        assertThat(names(images, dir, "*")).doesNotContain("photos/hall-01.jpg");
        assertThat(names(images, dir, "photos/*")).hasSize(3);
        assertThat(names(images, dir, "**WELCOME*")).containsExactly("welcome-featured.jpg");
        assertThat(names(images, dir, "**.{jpg,png}")).hasSize(7);
        assertThat(names(images, dir, "**.txt")).isEmpty();
    }

    @Test
    void aNewImageIsFoundByTheNextRender(@TempDir Path dir) throws Exception {
        TestBundle.create(dir);
        assertThat(provider.apply(Optional.of(dir)).match("photos/*")).hasSize(3);
        TestBundle.image(dir, "photos/hall-04.jpg", 300, 200, Color.RED);
        Files.setLastModifiedTime(dir.resolve("photos"), java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 5_000));
        assertThat(provider.apply(Optional.of(dir)).match("photos/*")).hasSize(4);
    }

    @Test
    void aPostWithoutABundleHasNoImagesAndSaysWhy() {
        BundleImages none = provider.apply(Optional.empty());
        assertThat(none.match("**")).isEmpty();
        assertThatThrownBy(() -> none.process(Path.of("x.jpg"), "Resize", "600x"))
                .isInstanceOf(ShortcodeException.class).hasMessageContaining("page bundle");
    }

    private static java.util.List<String> names(BundleImages images, Path dir, String glob) {
        return images.match(glob).stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }
}
