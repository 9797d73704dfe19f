package io.recapstudio.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of a folder tree (every path with its content hash), to prove what an export did or did not touch. */
public final class SiteTrees {

    private SiteTrees() {
    }

    /** Relative path → SHA-256 of the file ("dir" for folders), in path order. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = root.relativize(p).toString();
                tree.put(name, Files.isDirectory(p) ? "dir" : sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal theme-less Hugo site whose {@code imgproc} processes images as Docsy's does. */
    public static Path minimalSite(Path root) throws IOException {
        Files.createDirectories(root.resolve("content/blog"));
        Files.writeString(root.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Test site'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n"
                + "[markup.goldmark.renderer]\nunsafe = true\n");
        Path layouts = Files.createDirectories(root.resolve("layouts/_default"));
        Files.writeString(layouts.resolve("single.html"), "<html><body>{{ .Content }}</body></html>\n");
        Files.writeString(layouts.resolve("list.html"), "<html><body>{{ range .Pages }}{{ .Title }}{{ end }}"
                + "</body></html>\n");
        Path shortcodes = Files.createDirectories(root.resolve("layouts/shortcodes"));
        Files.writeString(shortcodes.resolve("imgproc.html"), """
                {{ $img := .Page.Resources.GetMatch (printf "**%s*" (.Get 0)) }}
                {{ $command := .Get 1 }}
                {{ $options := .Get 2 }}
                {{ if eq $command "Fit" }}{{ $img = $img.Fit $options }}
                {{ else if eq $command "Resize" }}{{ $img = $img.Resize $options }}
                {{ else if eq $command "Fill" }}{{ $img = $img.Fill $options }}
                {{ else if eq $command "Crop" }}{{ $img = $img.Crop $options }}
                {{ else }}{{ errorf "Invalid image processing command: Must be one of Crop, Fit, Fill or Resize." }}
                {{ end }}
                <figure><img src="{{ $img.RelPermalink }}" width="{{ $img.Width }}" height="{{ $img.Height }}">
                <figcaption>{{ .Inner }}</figcaption></figure>
                """);
        return root;
    }

    /**
     * Adds a shortcode {@code boom} that Hugo cannot render (a nil image), which Recap Studio's checks do not see; Hugo
     * names the calling post's file and line in its error.
     */
    public static void failingShortcode(Path site) throws IOException {
        Path shortcodes = Files.createDirectories(site.resolve("layouts/shortcodes"));
        Files.writeString(shortcodes.resolve("boom.html"),
                "{{ $img := .Page.Resources.GetMatch (.Get 0) }}{{ $img.Width }}\n");
    }
}
