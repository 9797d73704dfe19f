package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.hostile.HostileInputs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recap render} stays bounded on posts that made it run out of memory or time: each case runs the real
 * command in a child JVM limited to 512 MB of heap, and must finish (exit 0) well inside a limit that a linear
 * pipeline meets many times over on a loaded machine, and that the quadratic or per-call costs it had did not.
 */
class RenderCostTest {

    /** Far above what the linear pipeline needs even on a busy machine; the old costs took minutes or died. */
    private static final long LIMIT_SECONDS = 150;

    @TempDir
    Path dir;

    @Test
    void fourHundredImgprocCallsOfOneLargeResizeWriteThePhotoOnce() throws Exception {
        Path bundle = Files.createDirectories(dir.resolve("many-calls"));
        BufferedImage noise = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(noise, "jpg", bundle.resolve("photo.jpg").toFile());
        String post = HostileInputs.imgprocCalls(400);
        Files.writeString(bundle.resolve("index.md"), post);
        assertThat(post.length()).isBetween(15_000, 30_000); // about the 22 KB of the post that ran out of memory

        Path html = render(bundle);
        long size = Files.size(html);
        String document = Files.readString(html);
        assertThat(count(document, "data-rs-image=\"i1\"")).isEqualTo(401);
        assertThat(count(document, "data:image/jpeg;base64,")).isEqualTo(1);
        // one 4000-pixel JPEG of noise (a few MB as base64) and 400 small references, not 400 copies of it
        assertThat(size).isLessThan(40L * 1024 * 1024);
    }

    @Test
    void twoHundredThousandRepeatedHeadingsGetTheirIdsInLinearTime() throws Exception {
        Path bundle = Files.createDirectories(dir.resolve("headings"));
        Files.writeString(bundle.resolve("index.md"), HostileInputs.repeatedHeadings(200_000));

        String document = Files.readString(render(bundle));
        assertThat(document).contains("<h2 id=\"same\">").contains("<h2 id=\"same-1\">")
                .contains("<h2 id=\"same-199999\">");
    }

    @Test
    void aTenMegabytePostRendersWithinTheHeapAndTheTime() throws Exception {
        Path bundle = Files.createDirectories(dir.resolve("ten-megabytes"));
        Files.writeString(bundle.resolve("index.md"), HostileInputs.bigPost(10_000_000));

        Path html = render(bundle);
        assertThat(Files.size(html)).isGreaterThan(10_000_000L);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    /** Runs {@code recap render BUNDLE -o FILE} in a child JVM with a 512 MB heap; returns the file. */
    private Path render(Path bundle) throws IOException, InterruptedException {
        Path html = dir.resolve(bundle.getFileName() + ".html");
        Path log = dir.resolve(bundle.getFileName() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
                "-Drecap.cache.dir=" + dir.resolve("cache"), "-cp", System.getProperty("java.class.path"),
                "io.recapstudio.Launcher", "render", bundle.toString(), "-o", html.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("render finished within %d s; output: %s", LIMIT_SECONDS, output).isTrue();
        assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
        return html;
    }
}
