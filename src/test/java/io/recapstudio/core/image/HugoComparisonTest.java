package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds one tiny Hugo site whose template prints the width and height of Resize, Fit, Fill and Crop results for many
 * specs over generated images of awkward sizes, and compares every line with {@link HugoGeometry} and with the
 * size {@link ImageProcessor} actually produces. Runs when {@code hugo} is on PATH (CI installs it).
 */
class HugoComparisonTest {

    private static final List<String> SPECS = List.of(
            "Resize 600x", "Resize x600", "Resize 100x", "Resize x100", "Resize 1x", "Resize x1", "Resize 333x",
            "Resize x333", "Resize 600x400", "Resize 50x50", "Resize 1999x", "Resize 100x r90", "Resize x100 r90",
            "Resize 100x r45", "Resize 100x r-30", "Resize 101x r180", "Resize 100x r270", "Resize 64x q50 jpg",
            "Fit 100x100", "Fit 600x400", "Fit 50x500", "Fit 500x50", "Fit 333x333", "Fit 2000x2000",
            "Fit 100x100 r90", "Fit 123x45 r45", "Fit 1x1",
            "Fill 100x100", "Fill 600x400", "Fill 1x1", "Fill 333x77 Center", "Fill 333x77 TopLeft",
            "Fill 77x333 BottomRight", "Fill 1000x500", "Fill 300x200 r90", "Fill 300x200 r45 Center",
            "Fill 100x100 Smart", "Fill 64x48 Lanczos",
            "Crop 100x100", "Crop 300x200", "Crop 1600x900", "Crop 1000x1000", "Crop 5x3", "Crop 333x77 TopRight",
            "Crop 333x77 Bottom", "Crop 1600x900 Center", "Crop 2000x2000 Left", "Crop 100x100 r90",
            "Crop 200x300 r45 Center", "Crop 300x200 r90", "Crop 430x640", "Crop 640x480 catmullrom",
            "Crop 1x228 Smart", "Crop 1x300 Smart", "Crop 2x300 Smart", "Crop 1x100 Smart");

    private record Source(String name, int width, int height, String format, boolean alpha) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("one.png", 1, 1, "png", false),
            new Source("tiny.png", 3, 2, "png", false),
            new Source("thin.png", 7, 1000, "png", false),
            new Source("wide.png", 301, 97, "png", false),
            new Source("tall.jpg", 97, 301, "jpg", false),
            new Source("clear.png", 160, 121, "png", true),
            new Source("camera.jpg", 640, 481, "jpg", false),
            new Source("poster.png", 433, 641, "png", false),
            new Source("portrait.jpg", 770, 874, "jpg", false));

    @TempDir
    Path site;

    private final List<String> predictedFailures = new ArrayList<>();

    @Test
    void everySizeMatchesWhatHugoBuilds() throws Exception {
        assumeTrue(hugoAvailable(), "hugo is not on PATH");
        Map<String, Size> expected = writeSite();
        Map<String, String> hugo = buildWithHugo();

        assertThat(hugo.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        List<String> mismatches = new ArrayList<>();
        expected.forEach((key, size) -> {
            if (!size.toString().equals(hugo.get(key))) {
                mismatches.add(key + ": hugo " + hugo.get(key) + ", ours " + size);
            }
        });
        assertThat(mismatches).as("sizes that differ from Hugo's").isEmpty();
        assertThat(expected).hasSizeGreaterThan(350);
        assertThat(expected.values()).as("empty JPEG results Hugo writes without failing").contains(new Size(0, 1));

        assertThat(predictedFailures).as("cases we expect to fail Hugo's build").hasSizeBetween(3, 12);
        for (String failing : predictedFailures.subList(0, 3)) {
            String[] f = failing.split("\\|");
            writeCases(List.of(f));
            assertThat(buildLog(false)).as(failing).contains("invalid image size");
        }
    }

    /** Writes the images, the case list and the template; returns our size for every case we expect Hugo to build. */
    private Map<String, Size> writeSite() throws IOException {
        Path assets = Files.createDirectories(site.resolve("assets"));
        ImageProcessor processor = new ImageProcessor();
        Map<String, Size> expected = new LinkedHashMap<>();
        List<String[]> cases = new ArrayList<>();
        long seed = 7;
        for (Source s : SOURCES) {
            Path file = TestImages.write(TestImages.photo(s.width, s.height, seed++, s.alpha), s.format,
                    assets.resolve(s.name));
            ImageInfo info = ImageInfo.read(file);
            BufferedImage pixels = ImageIO.read(file.toFile());
            for (String text : SPECS) {
                String[] parts = text.split(" ", 2);
                Size size = ours(processor, info, pixels, ImageSpec.parse(text));
                if (size == FAILS) {
                    predictedFailures.add(s.name + "|" + parts[0] + "|" + parts[1]);
                } else if (size != null) {
                    expected.put(s.name + "|" + text, size);
                    cases.add(new String[] {s.name, parts[0], parts[1]});
                }
            }
        }
        writeCases(cases.toArray(String[][]::new));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\n"
                + "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"404\"]\n");
        Files.writeString(Files.createDirectories(site.resolve("layouts")).resolve("index.html"), TEMPLATE);
        return expected;
    }

    private void writeCases(List<String> oneCase) throws IOException {
        writeCases(new String[][] {oneCase.toArray(String[]::new)});
    }

    private void writeCases(String[][] cases) throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (String[] c : cases) {
            json.append(json.length() > 1 ? ",\n" : "").append("{\"image\":\"").append(c[0]).append("\",\"cmd\":\"")
                    .append(c[1]).append("\",\"opts\":\"").append(c[2]).append("\"}");
        }
        Files.writeString(Files.createDirectories(site.resolve("data")).resolve("cases.json"), json + "]");
    }

    /** Marks a case on which Hugo fails the build. */
    private static final Size FAILS = new Size(0, 0);

    /**
     * Our size: from the math, or from processing where it depends on the pixels (Smart); {@link #FAILS} when we
     * expect Hugo to fail the build; null when the result is too large to keep the build quick.
     */
    private static Size ours(ImageProcessor processor, ImageInfo info, BufferedImage pixels, ImageSpec spec) {
        HugoOutput predicted = HugoGeometry.predict(spec, info.size(), info.format());
        if (predicted.size().pixels() > 600_000) {
            return null;
        }
        if (predicted.exact()) {
            return predicted.failsBuild() ? FAILS : predicted.size();
        }
        try {
            return processor.process(pixels, info.format(), spec).size();
        } catch (ImageSpecException empty) {
            return empty.hugoFailsBuild() ? FAILS : new Size(0, 0);
        }
    }

    private static final String TEMPLATE = """
            {{ range site.Data.cases }}{{ $img := resources.Get .image }}{{ $r := "" }}\
            {{ if eq .cmd "Resize" }}{{ $r = $img.Resize .opts }}{{ else if eq .cmd "Fit" }}{{ $r = $img.Fit .opts }}\
            {{ else if eq .cmd "Fill" }}{{ $r = $img.Fill .opts }}{{ else }}{{ $r = $img.Crop .opts }}{{ end }}
            {{ .image }}|{{ .cmd }} {{ .opts }}|{{ $r.Width }}x{{ $r.Height }}{{ end }}
            """;

    private Map<String, String> buildWithHugo() throws Exception {
        buildLog(true);
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : Files.readAllLines(site.resolve("public/index.html"))) {
            String[] f = line.strip().split("\\|");
            if (f.length == 3) {
                result.put(f[0] + "|" + f[1], f[2]);
            }
        }
        return result;
    }

    private String buildLog(boolean mustSucceed) throws Exception {
        Process p = new ProcessBuilder("hugo", "--quiet", "--cacheDir", site.resolve("cache").toString(),
                "-d", site.resolve("public").toString())
                .directory(site.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue() == 0).as("hugo build: " + log).isEqualTo(mustSucceed);
        return log;
    }

    static boolean hugoAvailable() {
        try {
            Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
