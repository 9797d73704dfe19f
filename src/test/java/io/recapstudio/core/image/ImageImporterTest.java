package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageImporterTest {

    @TempDir
    Path dir;

    private final ImageImporter importer = new ImageImporter();

    private Path photo(String name, int w, int h) {
        return TestImages.write(TestImages.photo(w, h, name.hashCode(), false), "jpg", dir.resolve("in").resolve(name));
    }

    @Test
    void namesBecomeSafeLowerCaseAndUnique() {
        Path first = photo("IMG 0042 (Café).JPG", 40, 30);
        Path second = TestImages.write(TestImages.photo(40, 30, 1, false), "jpg",
                dir.resolve("in/other/img-0042-cafe.jpg"));
        Path bundle = dir.resolve("bundle");

        ImageImporter.Result result = importer.importInto(bundle, List.of(first, second),
                ImageImporter.Options.defaults(), null, null);

        assertThat(result.imported()).extracting(i -> i.target().getFileName().toString())
                .containsExactly("img-0042-cafe.jpg", "img-0042-cafe-2.jpg");
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void anImageThatNeedsNoChangeIsCopiedByteForByte() throws IOException {
        Path source = photo("stage.jpg", 64, 48);

        ImageImporter.Imported imported = importer.importInto(dir.resolve("bundle"), List.of(source),
                ImageImporter.Options.defaults(), null, null).imported().get(0);

        assertThat(imported.reencoded()).isFalse();
        assertThat(Files.readAllBytes(imported.target())).isEqualTo(Files.readAllBytes(source));
        assertThat(imported.target().getParent()).isEqualTo(dir.resolve("bundle"));
    }

    @Test
    void widerImagesAreScaledDownToTheMaximumWidth() {
        Path wide = photo("panorama.jpg", 1200, 500);
        Path narrow = photo("portrait.jpg", 300, 500);

        ImageImporter.Result result = importer.importInto(dir.resolve("bundle"), List.of(wide, narrow),
                ImageImporter.Options.defaults().withMaxWidth(800), null, null);

        assertThat(result.imported().get(0).size()).isEqualTo(new Size(800, 333));
        assertThat(ImageInfo.read(result.imported().get(0).target()).size()).isEqualTo(new Size(800, 333));
        assertThat(result.imported().get(0).changes()).contains("scaled from 1200x500 to a width of 800");
        assertThat(result.imported().get(1).reencoded()).isFalse();
    }

    @Test
    void foldersKeepTheirLayoutUnderASafeName() {
        TestImages.write(TestImages.photo(20, 20, 1, false), "png", dir.resolve("in/Day One/a.png"));
        TestImages.write(TestImages.photo(20, 20, 2, false), "png", dir.resolve("in/Day One/Talks/B.PNG"));
        Path notes = dir.resolve("in/Day One/notes.txt");
        writeString(notes, "not an image");

        ImageImporter.Result result = importer.importInto(dir.resolve("bundle"), List.of(dir.resolve("in/Day One")),
                ImageImporter.Options.defaults(), null, null);

        assertThat(result.imported()).extracting(i -> dir.resolve("bundle").relativize(i.target()).toString())
                .containsExactly("day-one/a.png", "day-one/talks/b.png");
    }

    @Test
    void progressIsReportedAfterEachFileAndCancellingStopsTheBatch() {
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sources.add(photo("p" + i + ".jpg", 30, 20));
        }
        List<String> reports = new ArrayList<>();
        AtomicInteger asked = new AtomicInteger();

        ImageImporter.Result result = importer.importInto(dir.resolve("bundle"), sources,
                ImageImporter.Options.defaults(), (done, total, current) -> reports.add(done + "/" + total + " "
                        + current.getFileName()), () -> asked.incrementAndGet() > 3);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.imported()).hasSize(3);
        assertThat(reports).containsExactly("1/5 p0.jpg", "2/5 p1.jpg", "3/5 p2.jpg");
        assertThat(dir.resolve("bundle/p3.jpg")).doesNotExist();
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersAreImported() throws IOException {
        Path broken = dir.resolve("in/broken.jpg");
        Files.createDirectories(broken.getParent());
        Files.write(broken, new byte[] {1, 2, 3, 4, 5});
        Path good = photo("good.jpg", 30, 20);

        ImageImporter.Result result = importer.importInto(dir.resolve("bundle"), List.of(broken, good),
                ImageImporter.Options.defaults(), null, null);

        assertThat(result.imported()).hasSize(1);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(broken);
            assertThat(f.message()).contains(broken.toString()).contains("not an image");
        });
        assertThat(dir.resolve("bundle/broken.jpg")).doesNotExist();
    }

    @Test
    void webpThatNeedsAChangeStaysWebp() throws IOException {
        Path webp = dir.resolve("in/slide.webp");
        Files.createDirectories(webp.getParent());
        try (InputStream in = getClass().getResourceAsStream("quadrants-64x48.webp")) {
            Files.copy(in, webp);
        }

        ImageImporter.Imported imported = importer.importInto(dir.resolve("bundle"), List.of(webp),
                ImageImporter.Options.defaults().withMaxWidth(32), null, null).imported().get(0);

        assertThat(imported.target().getFileName().toString()).isEqualTo("slide.webp");
        assertThat(ImageInfo.read(imported.target()).format()).isEqualTo(ImageFormat.WEBP);
        assertThat(imported.size()).isEqualTo(new Size(32, 24));
    }

    private static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
