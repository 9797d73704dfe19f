package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.hostile.HostileImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: GPS stripping fails closed: an image whose metadata cannot be read is re-encoded without it. */
class GpsFailClosedTest {

    private static final String PLACE = "SECRET-PLACE-52.52N-13.40E";

    @TempDir
    Path dir;

    @Test
    void aJpegWithDamagedExifHoldingAGpsIfdIsReencodedWithoutIt() throws IOException {
        Path source = withExif(HostileImages.photo(dir.resolve("plain.jpg"), 64, 48), dir.resolve("damaged.jpg"),
                true);
        assertThat(new String(Files.readAllBytes(source), StandardCharsets.ISO_8859_1)).contains(PLACE);

        ImageImporter.Imported imported = new ImageImporter().importInto(dir.resolve("bundle"), List.of(source),
                ImageImporter.Options.defaults(), null, null).imported().get(0);

        assertThat(imported.reencoded()).isTrue();
        assertThat(new String(Files.readAllBytes(imported.target()), StandardCharsets.ISO_8859_1))
                .doesNotContain(PLACE).doesNotContain("Exif");
        assertThat(imported.changes()).anyMatch(c -> c.contains("could not be read"));
        assertThat(ImageReading.header(imported.target()).size()).isEqualTo(new Size(64, 48));
    }

    @Test
    void aJpegWithReadableGpsIsReencodedWithoutIt() throws IOException {
        Path source = withExif(HostileImages.photo(dir.resolve("plain.jpg"), 64, 48), dir.resolve("gps.jpg"),
                false);
        ImageImporter.Imported imported = new ImageImporter().importInto(dir.resolve("bundle"), List.of(source),
                ImageImporter.Options.defaults(), null, null).imported().get(0);
        assertThat(imported.changes()).contains("location removed");
        assertThat(new String(Files.readAllBytes(imported.target()), StandardCharsets.ISO_8859_1))
                .doesNotContain(PLACE);
    }

    /**
     * {@code jpeg} with an APP1 Exif segment: IFD0 pointing at a GPS IFD whose map datum is {@link #PLACE}; when
     * {@code damaged}, IFD0 claims 4,000 entries, running past the segment, as a broken camera or editor writes.
     */
    private static Path withExif(Path jpeg, Path out, boolean damaged) throws IOException {
        byte[] place = (PLACE + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(26 + 18 + place.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) (damaged ? 4000 : 1));
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0012).putShort((short) 2).putInt(place.length).putInt(26 + 18);
        tiff.putInt(0);
        tiff.put(place);
        byte[] body = tiff.array();
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        app1.write(new byte[] {(byte) 0xff, (byte) 0xe1});
        int length = 2 + 6 + body.length;
        app1.write(length >> 8);
        app1.write(length & 0xff);
        app1.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        app1.write(body);
        byte[] original = Files.readAllBytes(jpeg);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(original, 0, 2);
        file.write(app1.toByteArray());
        file.write(original, 2, original.length - 2);
        return Files.write(out, file.toByteArray());
    }
}
