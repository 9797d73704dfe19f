package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each EXIF orientation, written into a small JPEG's APP1 segment by hand, is read and baked into the pixels on
 * import. The expected corners come from the EXIF definition of each value, not from the code under test.
 */
class ExifOrientationTest {

    private static final int RED = 0xdc2828;
    private static final int GREEN = 0x28c828;
    private static final int BLUE = 0x2828dc;
    private static final int YELLOW = 0xe6e628;

    @TempDir
    Path dir;

    /**
     * Stored image 80x40: red top-left, green top-right, blue bottom-left, yellow bottom-right. The columns name the
     * colours a viewer shows at the displayed top-left, top-right, bottom-left, bottom-right.
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, 80x40, RED, GREEN, BLUE, YELLOW",
        "2, 80x40, GREEN, RED, YELLOW, BLUE",
        "3, 80x40, YELLOW, BLUE, GREEN, RED",
        "4, 80x40, BLUE, YELLOW, RED, GREEN",
        "5, 40x80, RED, BLUE, GREEN, YELLOW",
        "6, 40x80, BLUE, RED, YELLOW, GREEN",
        "7, 40x80, YELLOW, GREEN, BLUE, RED",
        "8, 40x80, GREEN, YELLOW, RED, BLUE"})
    void importBakesTheOrientationIntoThePixels(int orientation, String shown, String topLeft, String topRight,
                                                String bottomLeft, String bottomRight) throws Exception {
        Path photo = dir.resolve("phone.jpg");
        Files.write(photo, TestImages.jpegWithExif(ImageProcessorTest.quadrants(80, 40), orientation, false));

        ImageInfo info = ImageInfo.read(photo);
        ImageImporter.Result result = new ImageImporter().importInto(dir.resolve("bundle"), List.of(photo),
                ImageImporter.Options.defaults(), null, null);

        assertThat(info.exifOrientation()).isEqualTo(orientation);
        assertThat(info.size()).isEqualTo(new Size(80, 40));
        assertThat(info.orientedSize().toString()).isEqualTo(shown);
        ImageImporter.Imported imported = result.imported().get(0);
        assertThat(imported.reencoded()).isEqualTo(orientation != 1);
        BufferedImage out = ImageIO.read(imported.target().toFile());
        assertThat(out.getWidth() + "x" + out.getHeight()).isEqualTo(shown);
        int w = out.getWidth();
        int h = out.getHeight();
        assertColour(out, 5, 5, topLeft);
        assertColour(out, w - 6, 5, topRight);
        assertColour(out, 5, h - 6, bottomLeft);
        assertColour(out, w - 6, h - 6, bottomRight);
        assertThat(ImageInfo.read(imported.target()).exifOrientation()).isEqualTo(1);
    }

    @ParameterizedTest(name = "strip location: {0}")
    @CsvSource({"true", "false"})
    void locationIsStrippedOnImportWhenAsked(boolean strip) throws Exception {
        Path photo = dir.resolve("booth.jpg");
        Files.write(photo, TestImages.jpegWithExif(ImageProcessorTest.quadrants(64, 48), 1, true));
        assertThat(hasGps(photo)).isTrue();

        ImageImporter.Imported imported = new ImageImporter().importInto(dir.resolve("bundle"), List.of(photo),
                ImageImporter.Options.defaults().withStripLocation(strip), null, null).imported().get(0);

        assertThat(hasGps(imported.target())).isEqualTo(!strip);
        assertThat(imported.changes()).isEqualTo(strip ? List.of("location removed",
                "metadata dropped (pixels re-encoded)") : List.of());
        if (!strip) {
            assertThat(Files.readAllBytes(imported.target())).isEqualTo(Files.readAllBytes(photo));
        }
    }

    private static boolean hasGps(Path file) throws Exception {
        return ImageMetadataReader.readMetadata(file.toFile()).getDirectoriesOfType(GpsDirectory.class).stream()
                .anyMatch(d -> d.getTagCount() > 0);
    }

    private static void assertColour(BufferedImage img, int x, int y, String name) {
        int expected = switch (name) {
            case "RED" -> RED;
            case "GREEN" -> GREEN;
            case "BLUE" -> BLUE;
            default -> YELLOW;
        };
        assertThat(TestImages.near(TestImages.rgb(img, x, y), expected, 24))
                .as("%s at %d,%d is %06x", name, x, y, TestImages.rgb(img, x, y)).isTrue();
    }
}
