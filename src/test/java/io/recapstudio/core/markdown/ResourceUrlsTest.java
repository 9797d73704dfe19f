package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceUrlsTest {

    @Test
    void fileUrlsAreTheJdksFileUrisWithoutTouchingTheDisk(@TempDir Path dir) throws IOException {
        Path photo = Files.createDirectories(dir.resolve("my photos")).resolve("café #1.jpg");
        Files.write(photo, new byte[] {1, 2, 3});
        assertThat(ResourceUrls.fileUrls().urlFor(photo)).isEqualTo(photo.toUri().toString());
        assertThat(ResourceUrls.fileUrls().urlFor(dir.resolve("not-yet.png")))
                .isEqualTo(dir.resolve("not-yet.png").toUri().toString());
    }

    @Test
    void mediaTypesComeFromTheExtension() {
        assertThat(ResourceUrls.mediaType(Path.of("dot.PNG"))).isEqualTo("image/png");
        assertThat(ResourceUrls.mediaType(Path.of("a.jpeg"))).isEqualTo("image/jpeg");
        assertThat(ResourceUrls.mediaType(Path.of("a.webp"))).isEqualTo("image/webp");
    }
}
