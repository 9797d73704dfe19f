package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.hostile.ChildJvm;
import io.recapstudio.hostile.HostileImages;
import io.recapstudio.hostile.HostileInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 under the memory the probes had: {@code recap check/render/export/image} on every hostile post and image,
 * each in a child JVM with {@code -Xmx512m}, ends with a message and exit 0, 1 or 2, never an OutOfMemoryError, a
 * StackOverflowError or a stack trace. Figures are HostileInputBenchmark's; the timeouts here only guard hangs.
 */
class HostileCliTest {

    @TempDir
    static Path dir;

    private static final List<String> BUNDLES = new ArrayList<>();

    @BeforeAll
    static void writePosts() throws Exception {
        for (HostileInputs.Case c : HostileInputs.posts()) {
            Path bundle = Files.createDirectories(dir.resolve(c.name()));
            Files.writeString(bundle.resolve("index.md"), c.text());
            BUNDLES.add(bundle.toString());
        }
    }

    private static ChildJvm.Run recap(String... args) throws Exception {
        ChildJvm.Run run = ChildJvm.recap(dir, 240, args);
        assertThat(run.crashed()).as("stderr of recap %s: %s", String.join(" ", args), run.err()).isFalse();
        assertThat(run.exitCode()).as("exit of recap %s", String.join(" ", args)).isBetween(0, 2);
        return run;
    }

    @Test
    void checkReportsEveryHostilePostAsADiagnosticAndExitsOne() throws Exception {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(BUNDLES);
        ChildJvm.Run run = recap(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(1);
        for (String name : List.of("yaml-billion-laughs", "yaml-merge-key-bomb", "toml-million-items")) {
            assertThat(run.out()).containsPattern(name + "/index.md:\\d+:\\d+: error: The (YAML|TOML) front matter "
                    + "cannot be read: it (holds more than 20,000 values|is 1.9 MB)");
        }
        for (String name : List.of("yaml-flow-10000-deep", "yaml-block-1000-deep", "toml-array-10000-deep",
                "toml-table-1000-deep", "json-10000-deep")) {
            assertThat(run.out()).contains(name + "/index.md:").contains("deeper than 100 levels");
        }
        assertThat(run.out()).containsPattern("shortcodes-1000-deep/index.md:4:\\d+: error: Shortcodes nest deeper "
                + "than 100 levels");
        assertThat(run.out()).contains("unterminated-front-matter/index.md:1:1: error:");
    }

    @Test
    void renderAndExportOfABillionLaughsEndWithTheMessage() throws Exception {
        Path laughs = dir.resolve("yaml-billion-laughs");
        // render writes the document without the unreadable front matter (it prints only its renderer's problems;
        // front-matter diagnostics in render are the one Checker's work): bounded, no crash.
        recap("render", laughs.toString(), "-o", dir.resolve("laughs.html").toString());
        assertThat(Files.readString(dir.resolve("laughs.html"))).contains("Hello.").doesNotContain("lol");
        ChildJvm.Run export = recap("export", laughs.toString(), "--out", dir.resolve("out-laughs").toString());
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.out() + export.err()).contains("more than 20,000 values");
        assertThat(dir.resolve("out-laughs")).doesNotExist();
    }

    @Test
    void renderOfDeeplyNestedShortcodesAndATomlBombEnds() throws Exception {
        recap("render", dir.resolve("shortcodes-1000-deep").toString(), "-o", dir.resolve("sc.html").toString());
        recap("render", dir.resolve("toml-million-items").toString(), "-o", dir.resolve("toml.html").toString());
        assertThat(dir.resolve("sc.html")).exists();
    }

    @Test
    void hostileImagesEndWithASizeOrAMessage() throws Exception {
        Path png16 = HostileImages.png16(dir.resolve("deep.png"), 7000);
        assertThat(recap("image", png16.toString(), "--spec", "Fill 600x400 Smart").out()).endsWith("600x400\n");
        Path photo = HostileImages.photo(dir.resolve("photo.jpg"), 6000, 4000);
        assertThat(recap("image", photo.toString(), "--spec", "Resize 600x r45").out()).endsWith("600x600\n");
        assertThat(recap("image", photo.toString(), "--spec", "Fill 1x50000000").err())
                .contains("a side longer than the 16383 pixels");
        Path bomb = HostileImages.pngBomb(dir.resolve("bomb.png"), 100_000, 100_000);
        ChildJvm.Run refused = recap("image", bomb.toString(), "--spec", "Resize 600x");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("decompression bomb");
        ChildJvm.Run webp = recap("image", photo.toString(), "--spec", "Resize 600x q50 webp", "-o",
                dir.resolve("out.webp").toString());
        assertThat(webp.exitCode()).isZero();
        assertThat(webp.out()).endsWith("600x400\n");
    }
}
