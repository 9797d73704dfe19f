package io.recapstudio.core.markdown.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A generated recap of about 2,000 lines with 50 bundle images, for the render benchmarks. */
public final class RecapFixture {

    public static final int IMAGES = 50;

    private RecapFixture() {
    }

    /** Writes the post as {@code index.md} and 50 photos (40 for imgproc, 10 for a gallery) into {@code bundle}. */
    public static void writeImages(Path bundle) throws IOException {
        Files.writeString(bundle.resolve("index.md"), text(false));
        for (int i = 1; i <= IMAGES; i++) {
            String name = i <= 40 ? String.format("photo-%02d.jpg", i) : String.format("gallery/hall-%02d.jpg", i);
            Path file = bundle.resolve(name);
            Files.createDirectories(file.getParent());
            BufferedImage image = new BufferedImage(1600, 1000 + (i % 5) * 50, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(Color.HSBtoRGB(i / (float) IMAGES, 0.5f, 0.7f)));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.dispose();
            ImageIO.write(image, "jpg", file.toFile());
        }
    }

    /** The post's text with footnotes, which make the pipeline render the Markdown whole. */
    public static String text() {
        return text(true);
    }

    /**
     * The post's text: front matter, 40 sections each with prose, a list, an imgproc figure, a card or a table;
     * with {@code footnotes}, a footnote per section (footnotes reach across sections, so the Markdown is then
     * rendered whole instead of section by section).
     */
    public static String text(boolean footnotes) {
        StringBuilder text = new StringBuilder("---\ntitle: \"Benchmark Days 2026: the recap\"\nauthor: bench\n"
                + "date: 2026-05-06 10:00:00+00:00\ntags: [event]\n---\n\n");
        for (int s = 1; s <= 40; s++) {
            text.append("## Day ").append((s - 1) / 10 + 1).append(", session ").append(s).append("\n\n");
            for (int p = 0; p < 9; p++) {
                text.append("The speakers of session ").append(s).append(" walked us through *reconciling* fleets,\n")
                        .append("with **live demos**, a few `kubectl` commands and a [recording](https://example.org/")
                        .append(s).append(").\n")
                        .append("Questions ran long -- nobody minded... \"Best talk\", said someone.\n\n");
            }
            text.append("- takeaway one of session ").append(s).append('\n')
                    .append("- takeaway two").append(footnotes ? "[^" + s + "]" : "").append("\n\n");
            text.append(String.format("{{< imgproc photo-%02d Resize \"600x\" >}}%nSession %d on stage.%n"
                    + "{{< /imgproc >}}%n%n", s, s));
            switch (s % 3) {
                case 0 -> text.append("{{< tweet user=benchdays id=18442039588123").append(s).append(" >}}\n\n");
                case 1 -> text.append("{{< youtube id=vid").append(s).append(" title=\"Session ").append(s)
                        .append("\" >}}\n\n");
                default -> text.append("| Room | Talks |\n|------|------:|\n| A | ").append(s)
                        .append(" |\n| B | ").append(s + 1).append(" |\n\n");
            }
            text.append("> A quote from session ").append(s).append(".\n\n");
        }
        text.append("{{< gallery match=\"gallery/*\" sortOrder=\"asc\" rowHeight=\"150\" >}}\n\n");
        for (int s = 1; s <= 40; s++) {
            text.append(footnotes ? "[^" + s + "]: Footnote of session " + s + "." : "Session " + s
                    + " notes are in the repository.").append('\n');
        }
        return text.toString();
    }
}
