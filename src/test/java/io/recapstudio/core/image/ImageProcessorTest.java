package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProcessorTest {

    private static final int RED = 0xdc2828;
    private static final int GREEN = 0x28c828;
    private static final int BLUE = 0x2828dc;
    private static final int YELLOW = 0xe6e628;

    @TempDir
    Path dir;

    private final ImageProcessor processor = new ImageProcessor();

    /** Four flat quadrants: red top-left, green top-right, blue bottom-left, yellow bottom-right. */
    static BufferedImage quadrants(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean left = x < w / 2;
                boolean top = y < h / 2;
                img.setRGB(x, y, top ? (left ? RED : GREEN) : (left ? BLUE : YELLOW));
            }
        }
        return img;
    }

    @Test
    void processedSizesEqualTheSizeMathForEveryCommand() {
        Path file = TestImages.write(TestImages.photo(301, 97, 3, false), "png", dir.resolve("wide.png"));
        for (String text : List.of("Resize 600x", "Resize x33", "Resize 77x77", "Fit 100x100", "Fit 1000x1000",
                "Fill 100x100", "Fill 333x77 TopLeft", "Fill 500x500 BottomRight", "Crop 100x100", "Crop 50x20 Right",
                "Crop 999x999 Center", "Resize 100x r90", "Resize 100x r45", "Fill 64x48 r180 Center")) {
            ImageSpec spec = ImageSpec.parse(text);
            assertThat(processor.process(file, spec).size()).as(text)
                    .isEqualTo(HugoGeometry.outputSize(spec, new Size(301, 97)));
        }
    }

    @Test
    void fillAndCropKeepThePartTheAnchorNames() {
        Path file = TestImages.write(quadrants(200, 100), "png", dir.resolve("q.png"));

        BufferedImage topLeft = processor.process(file, ImageSpec.parse("Crop 40x20 TopLeft")).image();
        BufferedImage bottomRight = processor.process(file, ImageSpec.parse("Fill 50x50 BottomRight")).image();

        assertThat(TestImages.rgb(topLeft, 20, 10)).isEqualTo(RED);
        assertThat(TestImages.rgb(bottomRight, 25, 45)).isEqualTo(YELLOW);
        assertThat(TestImages.rgb(bottomRight, 25, 5)).isEqualTo(GREEN);
    }

    @Test
    void rotationTurnsCounterClockwiseAsHugoDoes() {
        Path file = TestImages.write(quadrants(200, 100), "png", dir.resolve("q.png"));

        BufferedImage turned = processor.process(file, ImageSpec.parse("Resize 100x r90")).image();

        assertThat(turned.getWidth()).isEqualTo(100);
        assertThat(turned.getHeight()).isEqualTo(200);
        assertThat(TestImages.rgb(turned, 10, 10)).isEqualTo(GREEN);
        assertThat(TestImages.rgb(turned, 90, 190)).isEqualTo(BLUE);
    }

    @Test
    void freeRotationLeavesTransparentCornersThatJpegFillsWithWhite() {
        Path file = TestImages.write(quadrants(100, 100), "png", dir.resolve("q.png"));

        ProcessedImage png = processor.process(file, ImageSpec.parse("Resize 141x r45"));
        ProcessedImage jpg = processor.process(file, ImageSpec.parse("Resize 141x r45 jpg"));
        ProcessedImage pink = processor.process(file, ImageSpec.parse("Resize 141x r45 #ff00ff"));

        assertThat(png.image().getRGB(0, 0) >>> 24).isZero();
        assertThat(TestImages.rgb(jpg.image(), 0, 0)).isEqualTo(0xffffff);
        assertThat(TestImages.rgb(pink.image(), 0, 0)).isEqualTo(0xff00ff);
        assertThat(jpg.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(jpg.quality()).contains(75);
    }

    @Test
    void jpegQualityIsHonoured() throws IOException {
        Path file = TestImages.write(TestImages.photo(400, 300, 5, false), "png", dir.resolve("p.png"));

        processor.write(file, ImageSpec.parse("Resize 400x q10"), dir.resolve("low.jpg"));
        processor.write(file, ImageSpec.parse("Resize 400x q95"), dir.resolve("high.jpg"));

        assertThat(Files.size(dir.resolve("low.jpg"))).isLessThan(Files.size(dir.resolve("high.jpg")) / 2);
    }

    @Test
    void writeTakesTheFormatFromTheOutputsExtension() {
        Path file = TestImages.write(TestImages.photo(90, 60, 5, false), "png", dir.resolve("p.png"));

        Size written = processor.write(file, ImageSpec.parse("Fit 45x45"), dir.resolve("out.gif"));

        ImageInfo info = ImageInfo.read(dir.resolve("out.gif"));
        assertThat(info.format()).isEqualTo(ImageFormat.GIF);
        assertThat(info.size()).isEqualTo(written).isEqualTo(new Size(45, 30));
    }

    @Test
    void webpIsReadAndWrittenAtHugosSize() throws IOException {
        Path webp = copyResource("quadrants-64x48.webp");

        ProcessedImage out = processor.process(webp, ImageSpec.parse("Resize 32x"));

        assertThat(out.size()).isEqualTo(new Size(32, 24));
        assertThat(out.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(TestImages.near(TestImages.rgb(out.image(), 4, 4), 0xdc285a, 40)).isTrue();
        assertThat(processor.write(webp, ImageSpec.parse("Resize 32x"), dir.resolve("o.webp")))
                .isEqualTo(new Size(32, 24));
        assertThat(ImageInfo.read(dir.resolve("o.webp")).format()).isEqualTo(ImageFormat.WEBP);
        assertThat(processor.write(webp, ImageSpec.parse("Resize 32x"), dir.resolve("o.png")))
                .isEqualTo(new Size(32, 24));
    }

    @Test
    void transparentWebpBecomesWhiteInJpeg() throws IOException {
        Path webp = copyResource("transparent-corner-40x30.webp");

        ProcessedImage jpg = processor.process(webp, ImageSpec.parse("Resize 40x jpg"));

        assertThat(TestImages.rgb(jpg.image(), 2, 2)).isEqualTo(0xffffff);
        assertThat(TestImages.near(TestImages.rgb(jpg.image(), 5, 25), 0xdcc85a, 40)).isTrue();
    }

    @Test
    void anEmptyResultIsRefusedSayingWhetherHugoFailsTheBuild() {
        Path png = TestImages.write(TestImages.photo(1000, 3, 1, false), "png", dir.resolve("strip.png"));

        assertThatThrownBy(() -> processor.process(png, ImageSpec.parse("Fit 100x100")))
                .isInstanceOfSatisfying(ImageSpecException.class, e -> assertThat(e.hugoFailsBuild()).isTrue())
                .hasMessageContaining("gives 100x0 pixels: Hugo fails the build on an empty png");
        assertThatThrownBy(() -> processor.process(png, ImageSpec.parse("Fit 100x100 jpg")))
                .isInstanceOfSatisfying(ImageSpecException.class, e -> assertThat(e.hugoFailsBuild()).isFalse())
                .hasMessageContaining("shows nothing");
    }

    @Test
    void smartFillPicksTheDetailedPartOfAnImage() {
        BufferedImage img = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
        TestImages.photo(100, 100, 9, false).copyData(img.getRaster().createWritableChild(300, 0, 100, 100, 0, 0,
                null));
        Path file = TestImages.write(img, "png", dir.resolve("busy-right.png"));

        BufferedImage smart = processor.process(file, ImageSpec.parse("Fill 100x100")).image();
        BufferedImage center = processor.process(file, ImageSpec.parse("Fill 100x100 Center")).image();

        assertThat(variance(smart)).isGreaterThan(variance(center) * 4);
    }

    private static double variance(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        int n = img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int g = img.getRGB(x, y) >> 8 & 0xff;
                sum += g;
                sq += g * g;
            }
        }
        return sq / n - (sum / n) * (sum / n);
    }

    private Path copyResource(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void theFixturesAreWhatTheirNamesSay() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("quadrants-64x48.webp")) {
            assertThat(ImageIO.read(in).getWidth()).isEqualTo(64);
        }
    }
}
