package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCommandTest {

    @TempDir
    Path dir;

    private Path source;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSource() throws IOException {
        source = dir.resolve("pic.png");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", source.toFile());
    }

    private int run(String... args) {
        return RecapCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String lastLine() {
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }

    @Test
    void printsTheSizeOnItsLastLine() {
        assertThat(run("image", source.toString(), "--spec", "Resize 32x")).isZero();
        assertThat(lastLine()).isEqualTo("32x24");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesTheOutputInTheFormatOfItsExtension() throws IOException {
        Path target = dir.resolve("out/small.jpg");
        Files.createDirectories(target.getParent());

        assertThat(run("image", source.toString(), "--spec", "Fill 20x20 Center", "-o", target.toString())).isZero();

        assertThat(lastLine()).isEqualTo("20x20");
        BufferedImage written = ImageIO.read(target.toFile());
        assertThat(written.getWidth()).isEqualTo(20);
        assertThat(Files.readAllBytes(target)).startsWith((byte) 0xff, (byte) 0xd8);
    }

    @Test
    void aBadSpecExitsTwoWithOneLine() {
        assertThat(run("image", source.toString(), "--spec", "Fit 600")).isEqualTo(RecapCommand.USAGE_OR_IO);

        assertThat(err.toString().strip()).startsWith("recap image: invalid image spec \"Fit 600\"")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnreadableFileExitsTwoNamingIt() throws IOException {
        Path broken = Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});

        assertThat(run("image", broken.toString(), "--spec", "Resize 10x")).isEqualTo(RecapCommand.USAGE_OR_IO);
        assertThat(err.toString()).contains(broken.toString()).doesNotContain("\tat ");
    }

    @Test
    void webpIsWrittenAtHugosSize() throws IOException {
        assertThat(run("image", source.toString(), "--spec", "Resize 10x q50 webp", "-o",
                dir.resolve("o.webp").toString())).isZero();
        byte[] written = Files.readAllBytes(dir.resolve("o.webp"));
        assertThat(new String(written, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(written, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        assertThat(out.toString().strip().lines().reduce((a, b) -> b).orElse("")).startsWith("10x");
    }
}
