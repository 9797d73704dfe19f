package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.recapstudio.hostile.HostileImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: every hostile image gets a bounded cost or an {@link ImageException} with a clear message. The limits
 * are those of a 512 MB heap, as the CLI has under {@code -Xmx512m} (HostileCliTest runs them there for real).
 */
class HostileImageTest {

    private static final ImageLimits SMALL_HEAP = ImageLimits.forHeap(512L << 20);

    @TempDir
    Path dir;

    private final ImageProcessor processor = new ImageProcessor(SMALL_HEAP, ImagingDefaults.HUGO);

    private Size process(Path file, String spec) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> processor.process(file, ImageSpec.parse(spec))
                .size());
    }

    @Test
    void aSmallHeapGetsSmallerBudgets() {
        assertThat(SMALL_HEAP.decodePixels()).isEqualTo((512L << 20) / 20);
        assertThat(ImageLimits.forHeap(8L << 30).decodePixels()).isEqualTo(50_000_000L);
    }

    @Test
    void aFreeRotationIsAcceptedAsHugoAcceptsIt() {
        assertThat(processor.predict(photo(1200, 800), ImageSpec.parse("Resize 600x r45")).size())
                .isEqualTo(process(photo(1200, 800), "Resize 600x r45"));
    }

    @Test
    void anAbsurdSideIsRefusedBeforeAnyPixelIsMade() {
        assertThatThrownBy(() -> process(photo(300, 200), "Fill 1x50000000"))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining("a side longer than the 16383 pixels this app produces");
    }

    @Test
    void aSixteenBitRgbaPngOf7000PixelsIsShrunkWithinTheBudget() throws Exception {
        Path png = HostileImages.png16(dir.resolve("deep.png"), 7000);
        assertThat(process(png, "Resize 600x")).isEqualTo(new Size(600, 600));
        assertThat(process(png, "Fill 600x400 Smart")).isEqualTo(new Size(600, 400));
    }

    @Test
    void whatNeedsEveryPixelOfTheSixteenBitPngIsRefusedWithTheReason() throws Exception {
        Path png = HostileImages.png16(dir.resolve("deep.png"), 7000);
        assertThatThrownBy(() -> process(png, "Crop 4000x4000 r45 Center"))
                .isInstanceOf(ImageTooLargeException.class).hasMessageContaining("over the decode budget");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        Path bomb = HostileImages.pngBomb(dir.resolve("bomb.png"), 100_000, 100_000);
        assertThatThrownBy(() -> process(bomb, "Resize 600x")).isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining("declares 100000x100000 pixels").hasMessageContaining("decompression bomb");
    }

    @Test
    void aZeroByZeroImageIsRefused() throws Exception {
        Path zero = HostileImages.pngZeroByZero(dir.resolve("zero.png"));
        assertThatThrownBy(() -> process(zero, "Resize 600x")).isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("zero.png");
    }

    @Test
    void aCmykJpegAnAnimatedGifAndALyingExtensionAreRead() throws Exception {
        Path cmyk = HostileImages.cmykJpeg(dir.resolve("print.jpg"), 300, 200);
        assertThat(process(cmyk, "Resize 100x")).isEqualTo(new Size(100, 67));
        Path gif = HostileImages.animatedGif(dir.resolve("anim.gif"), 120, 80, 50);
        assertThat(process(gif, "Resize 60x")).isEqualTo(new Size(60, 40));
        Path lying = dir.resolve("really-a-gif.png");
        Files.copy(gif, lying);
        // Hugo sniffs the content too (verified with Hugo 0.111.3): a GIF named .png is processed as a GIF.
        assertThat(process(lying, "Resize 60x")).isEqualTo(new Size(60, 40));
    }

    @Test
    void truncatedAndGarbageFilesSaySo() throws Exception {
        Path photo = photo(1200, 800);
        Path cut = HostileImages.truncated(photo, dir.resolve("cut.jpg"), 0.4);
        assertThatThrownBy(() -> process(cut, "Resize 600x")).isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("truncated");
        Path garbage = Files.write(dir.resolve("noise.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3});
        assertThatThrownBy(() -> process(garbage, "Resize 600x")).isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void webpIsWrittenAtHugosSizeAndReadsBack() throws Exception {
        assertThat(ImageFormat.WEBP.canWrite()).as("libwebp loads on this machine").isTrue();
        Path out = dir.resolve("out.webp");
        Size written = processor.write(photo(1200, 800), ImageSpec.parse("Resize 600x q50 webp"), out);
        assertThat(written).isEqualTo(new Size(600, 400));
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        assertThat(ImageReading.header(out).size()).isEqualTo(new Size(600, 400));
        ProcessedImageCache cache = new ProcessedImageCache(dir.resolve("cache"), processor);
        CachedImage cached = cache.get(photo(1200, 800), ImageSpec.parse("Resize 300x webp"));
        assertThat(cached.file().getFileName().toString()).endsWith(".webp");
    }

    private Path photo(int w, int h) {
        Path file = dir.resolve("photo-" + w + "x" + h + ".jpg");
        try {
            return Files.exists(file) ? file : HostileImages.photo(file, w, h);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
