package io.recapstudio.core.image.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.image.Thumbnails;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thumbnail of a generated 24-megapixel JPEG (6000x4000, photo-like noise so it does not compress to nothing): the
 * median of 15 runs after 3 warm-up runs, wall time and the thread's CPU time (the CPU figure does not depend on what
 * else the machine runs). Goal: under 300 ms. Run with
 * {@code mvn -B -q -Pbench test -Dtest=ThumbnailBenchmark}.
 */
class ThumbnailBenchmark {

    @TempDir
    Path dir;

    @Test
    void thumbnailOfA24MegapixelJpeg() throws IOException {
        Path photo = dir.resolve("24mp.jpg");
        ImageIO.write(photoLike(6000, 4000), "jpg", photo.toFile());

        for (int i = 0; i < 3; i++) {
            Thumbnails.create(photo, 256, true);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] millis = new long[15];
        long[] cpuMillis = new long[15];
        BufferedImage thumb = null;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            thumb = Thumbnails.create(photo, 256, true);
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);

        System.out.printf("ThumbnailBenchmark: 24 MP JPEG (%.1f MB) -> %dx%d thumbnail: median %d ms wall (min %d, "
                        + "max %d), median %d ms CPU%n", Files.size(photo) / 1e6, thumb.getWidth(), thumb.getHeight(),
                millis[millis.length / 2], millis[0], millis[millis.length - 1], cpuMillis[cpuMillis.length / 2]);
        assertThat(thumb.getWidth()).isEqualTo(256);
    }

    static BufferedImage photoLike(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = random.nextInt(32);
                row[x] = ((x / 9 + n) & 0xff) << 16 | ((y / 7 + n) & 0xff) << 8 | ((x + y) / 13 + n) & 0xff;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }
}
