package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large and hostile files: handled within the pixel budget or refused with a message naming the file. */
class LargeAndBrokenImagesTest {

    @TempDir
    static Path dir;

    private static Path hundredMegapixels;
    private final ImageProcessor processor = new ImageProcessor();

    @BeforeAll
    static void writeAHundredMegapixelPng() throws IOException {
        hundredMegapixels = TestImages.streamedGreyPng(dir.resolve("huge.png"), 10_000, 10_000, 10_000);
    }

    @Test
    void aHundredMegapixelImageIsMeasuredFromItsHeader() {
        ImageInfo info = ImageInfo.read(hundredMegapixels);

        assertThat(info.size()).isEqualTo(new Size(10_000, 10_000));
        assertThat(info.format()).isEqualTo(ImageFormat.PNG);
        assertThat(info.fileSize()).isLessThan(2_000_000);
    }

    @Test
    void aHundredMegapixelImageGetsAThumbnailAndIsResizedFromASubsampledDecode() {
        BufferedImage thumb = Thumbnails.create(hundredMegapixels, 200, false);
        ProcessedImage resized = processor.process(hundredMegapixels, ImageSpec.parse("Resize 600x"));

        assertThat(thumb.getWidth()).isEqualTo(200);
        assertThat(thumb.getRGB(100, 5) & 0xff).isLessThan(20);
        assertThat(thumb.getRGB(100, 195) & 0xff).isGreaterThan(230);
        assertThat(resized.size()).isEqualTo(new Size(600, 600));
    }

    @Test
    void aCropOfAHundredMegapixelImageDecodesOnlyItsRegion() {
        ProcessedImage corner = processor.process(hundredMegapixels, ImageSpec.parse("Crop 100x100 BottomRight"));

        assertThat(corner.size()).isEqualTo(new Size(100, 100));
        assertThat(corner.image().getRGB(50, 50) & 0xff).isGreaterThan(250);
    }

    @Test
    void whatWouldNeedEveryPixelOfAHugeImageIsRefusedWithTheReason() {
        assertThatThrownBy(() -> processor.process(hundredMegapixels, ImageSpec.parse("Crop 300x300 r45 Center")))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining("huge.png (10000x10000) is over the decode budget");
    }

    @Test
    void aFreeRotationOfAHugeImageThatShrinksItIsDoneOnASubsampledDecode() {
        assertThat(processor.process(hundredMegapixels, ImageSpec.parse("Fill 300x300 r45 Center")).size())
                .isEqualTo(new Size(300, 300));
    }

    @Test
    void aDecompressionBombIsRefusedBeforeDecoding() throws IOException {
        Path bomb = TestImages.streamedGreyPng(dir.resolve("bomb.png"), 60_000, 60_000, 2);

        assertThat(Files.size(bomb)).isLessThan(2_000);
        assertThat(ImageInfo.read(bomb).size()).isEqualTo(new Size(60_000, 60_000));
        for (Runnable attempt : List.<Runnable>of(
                () -> processor.process(bomb, ImageSpec.parse("Resize 100x")),
                () -> Thumbnails.create(bomb, 128, false))) {
            assertThatThrownBy(attempt::run)
                    .isInstanceOf(ImageTooLargeException.class)
                    .hasMessageContaining("bomb.png declares 60000x60000 pixels (3600.0 MP)")
                    .hasMessageContaining("decompression bomb");
        }
        ImageImporter.Result imported = new ImageImporter().importInto(dir.resolve("bundle"), List.of(bomb),
                ImageImporter.Options.defaults().withMaxWidth(1000), null, null);
        assertThat(imported.failures()).singleElement().extracting(ImageImporter.Failure::message).asString()
                .contains("decompression bomb");
    }

    @Test
    void aBombJustUnderTheLimitEndsAtItsTruncatedData() throws IOException {
        Path bomb = TestImages.streamedGreyPng(dir.resolve("short.png"), 20_000, 12_000, 3);

        assertThatThrownBy(() -> processor.process(bomb, ImageSpec.parse("Resize 100x")))
                .isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("short.png is corrupt or truncated");
    }

    @Test
    void aTruncatedJpegSaysSo() throws IOException {
        byte[] jpeg = TestImages.jpegBytes(TestImages.photo(300, 200, 1, false));
        Path cut = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));

        assertThatThrownBy(() -> processor.process(cut, ImageSpec.parse("Resize 100x")))
                .isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining(cut.toString())
                .hasMessageContaining("truncated");
    }

    @Test
    void aPngWithDamagedDataSaysSo() throws IOException {
        Path png = TestImages.write(TestImages.photo(300, 200, 1, false), "png", dir.resolve("damaged.png"));
        byte[] bytes = Files.readAllBytes(png);
        for (int i = 200; i < bytes.length - 200; i += 7) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(png, bytes);

        assertThatThrownBy(() -> processor.process(png, ImageSpec.parse("Resize 100x")))
                .isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("damaged.png is corrupt or truncated");
    }

    @Test
    void garbageAnEmptyFileAndAMissingFileEachGetAClearMessage() throws IOException {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Path garbage = Files.write(dir.resolve("noise.jpg"), noise);
        Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);
        Path missing = dir.resolve("missing.png");

        assertThatThrownBy(() -> ImageInfo.read(garbage)).isInstanceOf(UnreadableImageException.class)
                .hasMessage(garbage + " is not an image this app can read (JPEG, PNG, GIF, WebP, TIFF or BMP): the "
                        + "file is damaged or in another format");
        assertThatThrownBy(() -> ImageInfo.read(empty)).hasMessageContaining(empty + " is not an image");
        assertThatThrownBy(() -> ImageInfo.read(missing)).hasMessage(missing + ": no such file");
    }
}
