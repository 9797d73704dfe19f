package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessedImageCacheTest {

    @TempDir
    Path dir;

    private Path cacheDir() {
        return dir.resolve("cache");
    }

    @Test
    void theSameSourceAndSpecAreProcessedOnce() throws IOException {
        Path source = TestImages.write(TestImages.photo(300, 200, 1, false), "jpg", dir.resolve("Talk.jpg"));
        ProcessedImageCache cache = new ProcessedImageCache(cacheDir(), new ImageProcessor());

        CachedImage first = cache.get(source, ImageSpec.parse("Resize 150x"));
        FileTime written = Files.getLastModifiedTime(first.file());
        CachedImage again = cache.get(source, ImageSpec.parse("Resize 150x"));
        CachedImage fromDisk = new ProcessedImageCache(cacheDir(), new ImageProcessor())
                .get(source, ImageSpec.parse("Resize 150x"));

        assertThat(first.size()).isEqualTo(new Size(150, 100));
        assertThat(first.file().getParent()).isEqualTo(cacheDir());
        assertThat(first.file().getFileName().toString()).startsWith("talk-").endsWith(".jpg");
        assertThat(again).isEqualTo(first);
        assertThat(fromDisk).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first.file())).isEqualTo(written);
    }

    @Test
    void aChangedSourceOrSpecMakesANewEntry() throws IOException {
        Path source = TestImages.write(TestImages.photo(300, 200, 1, false), "png", dir.resolve("a.png"));
        ProcessedImageCache cache = new ProcessedImageCache(cacheDir(), new ImageProcessor());
        CachedImage before = cache.get(source, ImageSpec.parse("Resize 150x"));

        CachedImage otherSpec = cache.get(source, ImageSpec.parse("Resize 160x"));
        TestImages.write(TestImages.photo(400, 100, 2, false), "png", source);
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(5)));
        CachedImage edited = cache.get(source, ImageSpec.parse("Resize 150x"));

        assertThat(otherSpec.file()).isNotEqualTo(before.file());
        assertThat(otherSpec.size()).isEqualTo(new Size(160, 107));
        assertThat(edited.file()).isNotEqualTo(before.file());
        assertThat(edited.size()).isEqualTo(new Size(150, 38));
    }

    @Test
    void webpTargetsAreCachedAsWebpWithHugosFormatRemembered() throws IOException {
        Path source = dir.resolve("slide.webp");
        try (InputStream in = getClass().getResourceAsStream("quadrants-64x48.webp")) {
            Files.copy(in, source);
        }

        CachedImage cached = new ProcessedImageCache(cacheDir(), new ImageProcessor())
                .get(source, ImageSpec.parse("Fill 32x32 Center"));

        assertThat(cached.hugoFormat()).isEqualTo(ImageFormat.WEBP);
        assertThat(cached.file().toString()).endsWith(".webp");
        assertThat(ImageInfo.read(cached.file()).size()).isEqualTo(new Size(32, 32));
    }

    @Test
    void pruneKeepsTheCacheUnderItsByteBudget() throws IOException {
        Path source = TestImages.write(TestImages.photo(300, 200, 1, false), "png", dir.resolve("a.png"));
        ProcessedImageCache cache = new ProcessedImageCache(cacheDir(), new ImageProcessor());
        for (int w = 100; w < 110; w++) {
            cache.get(source, ImageSpec.parse("Resize " + w + "x"));
        }

        cache.prune(0);

        try (var files = Files.list(cacheDir())) {
            assertThat(files).isEmpty();
        }
        assertThat(cache.get(source, ImageSpec.parse("Resize 100x")).file()).exists();
    }
}
