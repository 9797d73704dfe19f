package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCropperTest {

    @TempDir
    Path dir;

    @Test
    void aCropIsANewFileBesideTheOriginalWhichStaysUntouched() throws IOException {
        Path original = TestImages.write(ImageProcessorTest.quadrants(200, 100), "png", dir.resolve("Stage.png"));
        byte[] before = Files.readAllBytes(original);
        ImageCropper cropper = new ImageCropper();

        ImageCropper.CropResult first = cropper.cropToNewFile(original, CropRequest.of(new PixelRect(100, 0, 100, 50)));
        ImageCropper.CropResult second = cropper.cropToNewFile(original, CropRequest.of(new PixelRect(0, 0, 10, 10)));

        assertThat(first.file().getFileName().toString()).isEqualTo("stage-crop.png");
        assertThat(second.file().getFileName().toString()).isEqualTo("stage-crop-2.png");
        assertThat(first.size()).isEqualTo(new Size(100, 50));
        BufferedImage green = ImageIO.read(first.file().toFile());
        assertThat(TestImages.rgb(green, 50, 25)).isEqualTo(0x28c828);
        assertThat(Files.readAllBytes(original)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void turnsClockwiseThenScalesToTheTarget() throws IOException {
        Path original = TestImages.write(ImageProcessorTest.quadrants(200, 100), "png", dir.resolve("q.png"));
        CropRequest request = CropRequest.of(new PixelRect(0, 0, 200, 100)).turned(1).scaledTo(new Size(50, 0));

        ImageCropper.CropResult result = new ImageCropper().cropToNewFile(original, request);

        assertThat(result.size()).isEqualTo(new Size(50, 100)).isEqualTo(request.outputSize());
        BufferedImage out = ImageIO.read(result.file().toFile());
        assertThat(TestImages.rgb(out, 10, 10)).isEqualTo(0x2828dc);
        assertThat(TestImages.rgb(out, 40, 10)).isEqualTo(0xdc2828);
    }

    @Test
    void aRectangleOutsideTheImageIsRefusedWithTheSizes() {
        Path original = TestImages.write(ImageProcessorTest.quadrants(200, 100), "png", dir.resolve("q.png"));

        assertThatThrownBy(() -> new ImageCropper().cropToNewFile(original,
                CropRequest.of(new PixelRect(150, 50, 100, 100))))
                .isInstanceOf(ImageException.class)
                .hasMessageContaining("the crop 100x100 at 150,50 leaves")
                .hasMessageContaining("(200x100)");
    }

    @Test
    void replacingAnExistingFileNeedsConsent() {
        Path original = TestImages.write(ImageProcessorTest.quadrants(200, 100), "png", dir.resolve("q.png"));
        Path target = TestImages.write(ImageProcessorTest.quadrants(20, 10), "jpg", dir.resolve("t.jpg"));
        CropRequest request = CropRequest.of(new PixelRect(0, 0, 40, 40));

        assertThatThrownBy(() -> new ImageCropper().cropTo(original, request, target, false))
                .hasMessageContaining("already exists");
        assertThat(new ImageCropper().cropTo(original, request, target, true).size()).isEqualTo(new Size(40, 40));
        assertThat(ImageInfo.read(target).format()).isEqualTo(ImageFormat.JPEG);
    }

    @Test
    void presetsGiveExactRatiosInsideTheImage() {
        Size image = new Size(1000, 700);

        assertThat(CropMath.largest(AspectPreset.SIXTEEN_NINE, image)).isEqualTo(new PixelRect(4, 71, 992, 558));
        assertThat(CropMath.largest(AspectPreset.TWO_ONE, image)).isEqualTo(new PixelRect(0, 100, 1000, 500));
        assertThat(CropMath.largest(AspectPreset.SQUARE, image)).isEqualTo(new PixelRect(150, 0, 700, 700));
        assertThat(CropMath.largest(AspectPreset.FREE, image)).isEqualTo(PixelRect.of(image));
    }

    @Test
    void constrainingKeepsTheFixedCornerWhereItWas() {
        Size image = new Size(1000, 700);
        PixelRect dragged = new PixelRect(100, 100, 450, 400);

        PixelRect fromTopLeft = CropMath.constrain(dragged, AspectPreset.FOUR_THREE, image, CropMath.Fixed.TOP_LEFT);
        PixelRect fromBottomRight = CropMath.constrain(dragged, AspectPreset.FOUR_THREE, image,
                CropMath.Fixed.BOTTOM_RIGHT);

        assertThat(fromTopLeft).isEqualTo(new PixelRect(100, 100, 448, 336));
        assertThat(fromBottomRight).isEqualTo(new PixelRect(102, 164, 448, 336));
        assertThat(CropMath.constrain(new PixelRect(900, 600, 400, 300), AspectPreset.THREE_TWO, image,
                CropMath.Fixed.TOP_LEFT)).isEqualTo(new PixelRect(900, 600, 99, 66));
    }

    @Test
    void clampingMovesThenShrinks() {
        Size image = new Size(100, 80);

        assertThat(CropMath.clamp(new PixelRect(-10, 70, 30, 30), image)).isEqualTo(new PixelRect(0, 50, 30, 30));
        assertThat(CropMath.clamp(new PixelRect(5, 5, 500, 500), image)).isEqualTo(new PixelRect(0, 0, 100, 80));
    }

    @Property
    void turningARectangleAndTurningBackGivesItBack(@ForAll @IntRange(min = 1, max = 500) int w,
                                                     @ForAll @IntRange(min = 1, max = 500) int h,
                                                     @ForAll @IntRange(min = 0, max = 499) int x,
                                                     @ForAll @IntRange(min = 0, max = 499) int y,
                                                     @ForAll @IntRange(min = -5, max = 5) int turns) {
        Size image = new Size(w, h);
        PixelRect r = CropMath.clamp(new PixelRect(x, y, Math.max(1, w / 3), Math.max(1, h / 4)), image);

        PixelRect turned = CropMath.turn(r, image, turns);
        Size turnedImage = CropMath.turnedSize(image, turns);

        assertThat(turned.fitsIn(turnedImage)).isTrue();
        assertThat(CropMath.turn(turned, turnedImage, -turns)).isEqualTo(r);
    }
}
