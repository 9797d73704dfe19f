package io.recapstudio.core.markdown;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A page bundle of generated images with known sizes, for shortcode tests. */
final class TestBundle {

    private TestBundle() {
    }

    /** Writes the fixture images (and an index.md, unless there is one) into {@code dir} and returns it. */
    static Path create(Path dir) throws IOException {
        if (!Files.exists(dir.resolve("index.md"))) {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("index.md"), "---\ntitle: Fixture\n---\n");
        }
        image(dir, "welcome-featured.jpg", 1200, 800, new Color(0x30638e));
        image(dir, "keynote-stage.jpg", 1600, 900, new Color(0x8e3063));
        image(dir, "deep-dive1.png", 800, 600, new Color(0x2f8e30));
        image(dir, "deep-dive10.png", 640, 480, new Color(0x8e7a30));
        image(dir, "photos/hall-03.jpg", 900, 600, new Color(0x444444));
        image(dir, "photos/hall-01.jpg", 800, 600, new Color(0x666666));
        image(dir, "photos/hall-02.jpg", 600, 800, new Color(0x888888));
        Files.writeString(dir.resolve("notes.txt"), "not an image");
        return dir;
    }

    static void image(Path dir, String name, int width, int height, Color color) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        String format = name.endsWith(".png") ? "png" : "jpg";
        ImageIO.write(image, format, file.toFile());
    }
}
