package io.recapstudio.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.PageBundle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The media panel's images are the bundle's own: a linked image from outside is not one of them. */
class MediaLinksTest {

    @Test
    void anImageLinkedFromOutsideTheBundleIsNotListed(@TempDir Path dir) throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("post"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: T\n---\n\n![](stage.png) ![](private.png)\n");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", bundle.resolve("stage.png").toFile());
        Path outside = dir.resolve("private.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", outside.toFile());
        Files.createSymbolicLink(bundle.resolve("private.png"), outside);

        ImageUsages usages = ImageUsages.of(PageBundle.open(bundle));

        assertThat(usages.of("stage.png")).hasSize(1);
        assertThat(usages.of("private.png")).isEmpty();
        assertThat(PageBundle.open(bundle).resources()).extracting(r -> r.name()).containsExactly("stage.png");
    }
}
