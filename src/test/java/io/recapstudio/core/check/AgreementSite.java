package io.recapstudio.core.check;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * A small Hugo site in the shape of a Docsy blog, written for the agreement tests: a single-page layout that renders
 * the content, an {@code imgproc} shortcode that looks images up as Docsy does ({@code GetMatch "**NAME*"}) and calls
 * errorf for a command it lacks, and a gallery shortcode that makes a thumbnail of every image it matches.
 */
final class AgreementSite {

    /** The Hugo version the recorded expectations come from (Debian's hugo). */
    static final String RECORDED_WITH = "0.111.3";

    private final Path root;

    AgreementSite(Path root, boolean imgprocHasCrop) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve("layouts/_default"));
        Files.createDirectories(root.resolve("layouts/shortcodes"));
        Files.writeString(root.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"Agreement\"\n"
                + "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\"]\n"
                + "[params]\nbrand = \"Harbor Bay\"\n");
        Files.writeString(root.resolve(".hugo-version"), hugoVersion() + "\n");
        Files.writeString(root.resolve("layouts/_default/single.html"), "{{ .Content }}");
        Files.writeString(root.resolve("layouts/_default/list.html"), "{{ .Content }}");
        Files.writeString(root.resolve("layouts/shortcodes/imgproc.html"), imgproc(imgprocHasCrop));
        Files.writeString(root.resolve("layouts/shortcodes/gallery.html"), """
                {{- $match := .Get "match" | default "**" -}}
                {{- range .Page.Resources.Match $match -}}
                {{- if eq .ResourceType "image" -}}
                {{- $thumb := .Fit "300x150" -}}
                <img src="{{ $thumb.RelPermalink }}" width="{{ $thumb.Width }}">
                {{- end -}}
                {{- end -}}
                """);
    }

    private static String imgproc(boolean withCrop) {
        return "{{- $img := .Page.Resources.GetMatch (printf \"**%s*\" (.Get 0)) -}}\n"
                + "{{- $command := .Get 1 -}}\n{{- $options := .Get 2 -}}\n"
                + "{{- if eq $command \"Fit\" -}}{{- $img = $img.Fit $options -}}\n"
                + "{{- else if eq $command \"Resize\" -}}{{- $img = $img.Resize $options -}}\n"
                + "{{- else if eq $command \"Fill\" -}}{{- $img = $img.Fill $options -}}\n"
                + (withCrop ? "{{- else if eq $command \"Crop\" -}}{{- $img = $img.Crop $options -}}\n" : "")
                + "{{- else -}}{{- errorf \"imgproc: the command must be Fit, Resize, Fill"
                + (withCrop ? " or Crop" : "") + "\" -}}\n{{- end -}}\n"
                + "<figure><img src=\"{{ $img.RelPermalink }}\" width=\"{{ $img.Width }}\">"
                + "<figcaption>{{ .Inner }}</figcaption></figure>\n";
    }

    Path root() {
        return root;
    }

    /** A page bundle {@code content/blog/NAME/} holding {@code index.md}. */
    Path bundle(String name, String indexMd) throws IOException {
        Path dir = Files.createDirectories(root.resolve("content/blog").resolve(name));
        Files.writeString(dir.resolve("index.md"), indexMd, StandardCharsets.UTF_8);
        return dir;
    }

    /** A small JPEG of {@code w}×{@code h}. */
    static byte[] jpeg(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.ORANGE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small PNG of {@code w}×{@code h}. */
    static byte[] png(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static boolean hugoOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "hugo"))) {
                return true;
            }
        }
        return false;
    }

    /** The version of the hugo on PATH, else the one the expectations were recorded with. */
    static String hugoVersion() {
        if (!hugoOnPath()) {
            return RECORDED_WITH;
        }
        try {
            Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("v(\\d+\\.\\d+\\.\\d+)").matcher(out);
            return m.find() ? m.group(1) : RECORDED_WITH;
        } catch (IOException e) {
            return RECORDED_WITH;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RECORDED_WITH;
        }
    }

    /** Builds the site with the hugo on PATH into a folder of its own; the outcome and Hugo's output. */
    Build build() throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("agreement-public-");
        Path cache = Files.createTempDirectory("agreement-cache-");
        Process hugo = new ProcessBuilder("hugo", "--destination", out.toString(), "--cacheDir", cache.toString(),
                "--source", root.toString()).redirectErrorStream(true).start();
        String log = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!hugo.waitFor(120, TimeUnit.SECONDS)) {
            hugo.destroyForcibly();
            throw new AssertionError("hugo did not finish in 120 s: " + log);
        }
        return new Build(hugo.exitValue() == 0, log);
    }

    record Build(boolean succeeded, String log) {
    }
}
