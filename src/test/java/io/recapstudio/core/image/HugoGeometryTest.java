package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected sizes below were read from a real Hugo 0.111.3 build (see HugoComparisonTest for the automated check). */
class HugoGeometryTest {

    @ParameterizedTest(name = "{1} of {0} gives {2}")
    @CsvSource({
        "1200x800, Resize 600x, 600x400",
        "1200x800, Resize x50, 75x50",
        "301x97, Resize 600x, 600x193",
        "301x97, Resize x50, 155x50",
        "997x1499, Resize 600x, 600x902",
        "997x1499, Resize x50, 33x50",
        "1000x20, Resize 600x, 600x12",
        "1000x20, Resize x50, 2500x50",
        "1x1, Resize 600x, 600x600",
        "1200x800, Resize 100x100, 100x100",
        "1200x800, Fit 100x100, 100x67",
        "301x97, Fit 100x100, 100x32",
        "997x1499, Fit 100x100, 67x100",
        "1000x20, Fit 100x100, 100x2",
        "1000x20, Fit 50x50, 50x1",
        "1x1, Fit 100x100, 1x1",
        "1200x800, Fill 400x400, 400x400",
        "1x1, Fill 400x400, 400x400",
        "1200x800, Crop 1600x900 Center, 1200x800",
        "997x1499, Crop 1600x900 Center, 997x900",
        "1000x20, Crop 1600x900 Center, 1000x20",
        "1200x800, Crop 300x300, 300x300",
        "1200x800, Crop 1000x1000, 800x800",
        "1200x800, Crop 1600x900, 1200x674",
        "301x97, Crop 300x300, 96x96",
        "1000x20, Crop 1600x900, 35x20",
        "1000x20, Crop 300x300, 20x20",
        "1000x20, Crop 1190x790, 30x20",
        "1x1, Crop 1600x900, 1x1",
        "1200x800, Resize 100x r90, 100x150",
        "997x1499, Resize 100x r90, 100x67",
        "301x97, Resize 100x r90, 100x310",
        "1000x20, Resize 100x r90, 100x5000",
        "1200x800, Resize 100x r45, 100x100",
        "1200x800, Crop 100x100 r30, 100x100",
        "301x97, Crop 100x100 r30, 97x97"})
    void sizesAreHugos(String source, String spec, String expected) {
        assertThat(HugoGeometry.outputSize(ImageSpec.parse(spec), size(source)).toString()).isEqualTo(expected);
    }

    @Test
    void resizeEnlargesAndFitNeverDoes() {
        assertThat(HugoGeometry.resize(new Size(40, 30), 400, 0)).isEqualTo(new Size(400, 300));
        assertThat(HugoGeometry.fit(new Size(40, 30), 400, 400)).isEqualTo(new Size(40, 30));
    }

    @Test
    void resizeRoundsHalfUpAndNeverBelowOnePixel() {
        assertThat(HugoGeometry.resize(new Size(3, 2), 0, 1)).isEqualTo(new Size(2, 1));
        assertThat(HugoGeometry.resize(new Size(5, 2), 1, 0)).isEqualTo(new Size(1, 1));
        assertThat(HugoGeometry.resize(new Size(10000, 1), 1, 0)).isEqualTo(new Size(1, 1));
    }

    @Test
    void fitCanRoundASideToZeroWhichFailsHugosBuildOnlyForPngAndWebp() {
        ImageSpec spec = ImageSpec.parse("Fit 100x100");
        Size thin = new Size(1000, 3);

        HugoOutput png = HugoGeometry.predict(spec, thin, ImageFormat.PNG);
        HugoOutput jpg = HugoGeometry.predict(spec, thin, ImageFormat.JPEG);

        assertThat(png.size()).isEqualTo(new Size(100, 0));
        assertThat(png.failsBuild()).isTrue();
        assertThat(jpg.isEmpty()).isTrue();
        assertThat(jpg.failsBuild()).isFalse();
    }

    @Test
    void fillCoversTheBoxBeforeCuttingAtTheAnchor() {
        assertThat(HugoGeometry.fillCover(new Size(1200, 800), 400, 400)).isEqualTo(new Size(600, 400));
        assertThat(HugoGeometry.fillCover(new Size(301, 97), 333, 77)).isEqualTo(new Size(333, 107));
    }

    @Test
    void anchorsPlaceTheBoxAsHugoDoesIncludingBoxesLargerThanTheImage() {
        Size src = new Size(300, 200);
        assertThat(HugoGeometry.crop(src, 100, 50, Anchor.TOP_LEFT)).isEqualTo(new PixelRect(0, 0, 100, 50));
        assertThat(HugoGeometry.crop(src, 100, 50, Anchor.BOTTOM_RIGHT)).isEqualTo(new PixelRect(200, 150, 100, 50));
        assertThat(HugoGeometry.crop(src, 101, 51, Anchor.CENTER)).isEqualTo(new PixelRect(99, 74, 101, 51));
        assertThat(HugoGeometry.crop(src, 401, 50, Anchor.RIGHT)).isEqualTo(new PixelRect(0, 75, 300, 50));
    }

    @Test
    void rotationHappensBeforeTheSizeMath() {
        assertThat(HugoGeometry.rotatedSize(new Size(1200, 800), 90)).isEqualTo(new Size(800, 1200));
        assertThat(HugoGeometry.rotatedSize(new Size(1200, 800), 180)).isEqualTo(new Size(1200, 800));
        assertThat(HugoGeometry.rotatedSize(new Size(1200, 800), -90)).isEqualTo(new Size(800, 1200));
        assertThat(HugoGeometry.rotatedSize(new Size(1200, 800), 45).width()).isGreaterThan(1400);
        assertThat(HugoGeometry.outputSize(ImageSpec.parse("Fit 100x100 r90"), new Size(1200, 800)))
                .isEqualTo(new Size(67, 100));
    }

    @Test
    void smartCropSizeIsExactExceptWhereThePickedPositionDecides() {
        assertThat(HugoGeometry.predict(ImageSpec.parse("Crop 300x300"), new Size(1200, 800), ImageFormat.PNG)
                .exact()).isTrue();
        assertThat(HugoGeometry.predict(ImageSpec.parse("Crop 1600x900"), new Size(997, 1499), ImageFormat.PNG)
                .exact()).isFalse();
    }

    @Property
    void resizeWithOneSideKeepsTheAspectRatioWithinRounding(@ForAll @IntRange(min = 1, max = 5000) int w,
                                                             @ForAll @IntRange(min = 1, max = 5000) int h,
                                                             @ForAll @IntRange(min = 1, max = 3000) int width) {
        Size out = HugoGeometry.resize(new Size(w, h), width, 0);

        assertThat(out.width()).isEqualTo(width);
        assertThat(out.height()).isGreaterThanOrEqualTo(1);
        double exact = (double) width * h / w;
        assertThat(Math.abs(out.height() - exact)).isLessThanOrEqualTo(exact < 1 ? 1.0 : 0.5);
    }

    @Property
    void fitStaysInsideTheBoxAndNeverEnlarges(@ForAll @IntRange(min = 1, max = 5000) int w,
                                              @ForAll @IntRange(min = 1, max = 5000) int h,
                                              @ForAll @IntRange(min = 1, max = 3000) int boxW,
                                              @ForAll @IntRange(min = 1, max = 3000) int boxH) {
        Size out = HugoGeometry.fit(new Size(w, h), boxW, boxH);

        assertThat(out.width()).isLessThanOrEqualTo(boxW).isLessThanOrEqualTo(w);
        assertThat(out.height()).isLessThanOrEqualTo(boxH).isLessThanOrEqualTo(h);
        assertThat(out.width() == boxW || out.height() == boxH || out.equals(new Size(w, h))).isTrue();
    }

    @Property
    void cropIsNeverLargerThanTheBoxOrTheImage(@ForAll @IntRange(min = 1, max = 3000) int w,
                                               @ForAll @IntRange(min = 1, max = 3000) int h,
                                               @ForAll @IntRange(min = 1, max = 4000) int boxW,
                                               @ForAll @IntRange(min = 1, max = 4000) int boxH,
                                               @ForAll Anchor anchor) {
        Size out = HugoGeometry.outputSize(ImageSpec.of(ImageCommand.CROP, boxW, boxH).withAnchor(anchor),
                new Size(w, h));

        assertThat(out.width()).isBetween(0, Math.min(w, boxW));
        assertThat(out.height()).isBetween(0, Math.min(h, boxH));
        if (anchor != Anchor.SMART) {
            assertThat(out.width()).isPositive();
            assertThat(out.height()).isPositive();
        } else {
            // Smart is empty exactly when Hugo's analysis has no crop to pick (then Hugo writes 0x0, too).
            assertThat(out.isEmpty()).isEqualTo(out.width() == 0 || out.height() == 0);
        }
    }

    @Test
    void aSmartCropThatHugoLeavesEmptyIsPredictedEmptyAndRefusedWithAMessage() {
        // jqwik seed -3213167478568672848 (w=770, h=874, box 1x228, Smart): Hugo 0.111.3 itself writes 0x0 here (its
        // analysis has no crop of that shape in the 399x453 prescaled image; HugoComparisonTest pins it), so the
        // empty size is right; the property asserted the opposite. Processing refuses it and says why.
        Size out = HugoGeometry.outputSize(ImageSpec.of(ImageCommand.CROP, 1, 228).withAnchor(Anchor.SMART),
                new Size(770, 874));
        assertThat(out).isEqualTo(new Size(0, 0));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(770, 874,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ImageProcessor().process(image,
                        ImageFormat.JPEG, ImageSpec.of(ImageCommand.CROP, 1, 228).withAnchor(Anchor.SMART)))
                .isInstanceOf(ImageSpecException.class)
                .hasMessageContaining("on a 770x874 image it gives 0x0 pixels");
    }

    private static Size size(String text) {
        String[] p = text.split("x");
        return new Size(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }
}
