package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailsTest {

    @TempDir
    Path dir;

    @Test
    void aThumbnailFitsTheLongerSideAndKeepsTheAspect() {
        Path photo = TestImages.write(TestImages.photo(3000, 2000, 1, false), "jpg", dir.resolve("p.jpg"));

        BufferedImage thumb = Thumbnails.create(photo, 256, false);

        assertThat(thumb.getWidth()).isEqualTo(256);
        assertThat(thumb.getHeight()).isEqualTo(171);
    }

    @Test
    void smallImagesAreNotEnlarged() {
        Path photo = TestImages.write(TestImages.photo(90, 40, 1, false), "png", dir.resolve("p.png"));

        assertThat(Thumbnails.create(photo, 256, false).getWidth()).isEqualTo(90);
    }

    @Test
    void orientationIsAppliedOnlyWhenAsked() throws Exception {
        Path photo = Files.write(dir.resolve("phone.jpg"),
                TestImages.jpegWithExif(ImageProcessorTest.quadrants(80, 40), 6, false));

        BufferedImage asHugo = Thumbnails.create(photo, 64, false);
        BufferedImage asPhone = Thumbnails.create(photo, 64, true);

        assertThat(asHugo.getWidth()).isEqualTo(64);
        assertThat(asHugo.getHeight()).isEqualTo(32);
        assertThat(asPhone.getWidth()).isEqualTo(32);
        assertThat(asPhone.getHeight()).isEqualTo(64);
    }
}
