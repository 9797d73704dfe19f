package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recap render PATH [-o FILE]} as {@code cli.md} describes it. */
class RenderCommandTest {

    @TempDir
    Path dir;

    private Path bundle;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void createBundle() throws IOException {
        bundle = Files.createDirectories(dir.resolve("harbor-bay"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Harbor Bay\"\n---\n\nHello *there*.\n\n"
                + "{{< imgproc stage Resize \"300x\" >}}\nOn stage.\n{{< /imgproc >}}\n\n![Booth](booth.png)\n");
        ImageIO.write(new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB), "jpg",
                bundle.resolve("stage.jpg").toFile());
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png",
                bundle.resolve("booth.png").toFile());
    }

    private int run(String... args) {
        return RecapCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void rendersABundleToOneStandaloneDocument() throws IOException {
        List<Path> before = files(bundle);
        Path html = dir.resolve("out.html");
        assertThat(run("render", bundle.toString(), "-o", html.toString())).isEqualTo(0);
        String document = Files.readString(html);
        assertThat(document).startsWith("<!DOCTYPE html>").contains("<em>there</em>")
                .contains("<style>").contains("Content-Security-Policy")
                .containsPattern("<img class=\"card-img-top\" src=\"data:image/jpeg;base64,[A-Za-z0-9+/=]+\""
                        + " width=\"300\" height=\"200\">")
                .containsPattern("<img src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"Booth\">")
                .doesNotContain("file:").doesNotContain("<link").doesNotContain("<script");
        assertThat(err.toString()).isEmpty();
        assertThat(files(bundle)).isEqualTo(before);
        assertThat(files(dir)).containsExactlyInAnyOrderElementsOf(
                Stream.concat(before.stream(), Stream.of(html)).toList());
    }

    @Test
    void withoutOutputTheDocumentGoesToStandardOutputInAnyEncoding() throws IOException {
        Path post = bundle.resolve("index.md");
        Files.writeString(post, Files.readString(post).replace("Hello", "Olá"));
        assertThat(run("render", post.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").contains("<em>there</em>").endsWith("</html>\n")
                .contains("Ol&#225;").matches("\\p{ASCII}*");
    }

    @Test
    void unreadableInputExitsTwoWithOneClearLine() throws IOException {
        assertThat(run("render", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("no such file or folder");
        StringWriter second = new StringWriter();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        int code = RecapCommand.run(new PrintWriter(out, true), new PrintWriter(second, true), "render",
                empty.toString());
        assertThat(code).isEqualTo(2);
        assertThat(second.toString().strip()).doesNotContain("\n").contains("no index.md");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shortcodeErrorsArePrintedAsCheckLinesAndExitOne() throws IOException {
        Files.writeString(bundle.resolve("index.md"), "Intro.\n\n{{< imgproc nowhere Resize \"300x\" >}}\n"
                + "{{< /imgproc >}}\n");
        Path html = dir.resolve("out.html");
        assertThat(run("render", bundle.toString(), "-o", html.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).as("check's lines, word for word").anyMatch(line -> line.matches(
                ".+index\\.md:3:13: error: no file in the bundle matches \"nowhere\".* \\[imgproc-no-match]"));
        assertThat(Files.readString(html)).contains("class=\"rs-error\"");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void followsTheSitesRawHtmlSettingAndItsOwnPairedShortcodes() throws IOException {
        Path site = dir.resolve("site");
        Path post = Files.createDirectories(site.resolve("content/blog/recap"));
        Files.writeString(site.resolve("hugo.toml"), "title = 'Site'\n");
        Files.createDirectories(site.resolve("layouts/shortcodes"));
        Files.writeString(site.resolve("layouts/shortcodes/aside.html"), "<aside>{{ .Inner }}</aside>\n");
        Files.writeString(post.resolve("index.md"), "---\ntitle: Recap\n---\n\n<div class=\"raw\">x</div>\n\n"
                + "{{< aside >}}\nInside the aside.\n{{< /aside >}}\n");
        Path html = dir.resolve("site.html");

        assertThat(run("render", post.toString(), "-o", html.toString())).isEqualTo(0);

        String document = Files.readString(html);
        assertThat(document).contains("<!-- raw HTML omitted -->").doesNotContain("<div class=\"raw\">")
                .contains("Inside the aside.");
        assertThat(err.toString()).isEmpty();

        Files.writeString(site.resolve("hugo.toml"), "[markup.goldmark.renderer]\nunsafe = true\n");
        assertThat(run("render", post.toString(), "-o", html.toString())).isEqualTo(0);
        assertThat(Files.readString(html)).contains("<div class=\"raw\">x</div>");
    }
}
