package io.recapstudio.core.image.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.image.ImageImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing 50 generated 12-megapixel phone photos (4032x3024 JPEGs): every other one carries EXIF orientation 6 and
 * a GPS position, so half are copied byte for byte and half are decoded, turned, stripped and re-encoded; with a
 * maximum width of 2000 all 50 are re-encoded. Total wall time for each. Run with
 * {@code mvn -B -q -Pbench test -Dtest=ImportBenchmark}.
 */
class ImportBenchmark {

    @TempDir
    Path dir;

    @Test
    void importFiftyPhonePhotos() throws IOException {
        byte[] plain = jpeg(ThumbnailBenchmark.photoLike(4032, 3024));
        byte[] rotatedWithGps = withExif(plain);
        List<Path> photos = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            photos.add(Files.write(dir.resolve(String.format("IMG_%04d.JPG", i)), i % 2 == 0 ? plain
                    : rotatedWithGps));
        }

        double[] asIs = run(photos, dir.resolve("bundle-a"), ImageImporter.Options.defaults());
        double[] scaled = run(photos, dir.resolve("bundle-b"), ImageImporter.Options.defaults().withMaxWidth(2000));

        System.out.printf("ImportBenchmark: 50 x 12 MP JPEGs (%.1f MB each): defaults (25 copied, 25 turned + GPS "
                        + "stripped) %.1f s wall, %.1f s CPU; max width 2000 (all re-encoded) %.1f s wall, %.1f s CPU%n",
                plain.length / 1e6, asIs[0], asIs[1], scaled[0], scaled[1]);
    }

    /** Wall and CPU seconds (the import runs on the calling thread, so its CPU time is the work done). */
    private static double[] run(List<Path> photos, Path bundle, ImageImporter.Options options) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        ImageImporter.Result result = new ImageImporter().importInto(bundle, photos, options, null, null);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.failures()).isEmpty();
        assertThat(result.imported()).hasSize(50);
        return new double[] {seconds, cpu};
    }

    private static byte[] jpeg(java.awt.image.BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** Inserts an EXIF APP1 segment (orientation 6, a GPS latitude reference) after the JFIF segment. */
    private static byte[] withExif(byte[] jpeg) {
        ByteBuffer tiff = ByteBuffer.allocate(64);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38).putInt(0);
        tiff.putShort((short) 1).putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0})
                .putInt(0);
        int n = tiff.position();
        ByteBuffer seg = ByteBuffer.allocate(10 + n).put((byte) 0xff).put((byte) 0xe1).putShort((short) (8 + n))
                .put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(tiff.array(), 0, n);
        int at = 4 + ((jpeg[4] & 0xff) << 8 | jpeg[5] & 0xff);
        return ByteBuffer.allocate(jpeg.length + seg.capacity()).put(jpeg, 0, at).put(seg.array())
                .put(jpeg, at, jpeg.length - at).array();
    }
}
