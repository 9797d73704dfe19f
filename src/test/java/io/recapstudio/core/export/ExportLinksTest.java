package io.recapstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.text.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export never copies the target of a symbolic link that leads out of the bundle; a link inside is exported. */
class ExportLinksTest {

    @TempDir
    Path dir;

    @Test
    void aLinkOutOfTheBundleIsNotExportedAndTheChecksSaySo() throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("their-post"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: T\n---\n\n![x](stage.jpg)\n");
        Files.write(bundle.resolve("stage.jpg"), new byte[] {1, 2, 3});
        Path secrets = Files.createDirectories(dir.resolve("home/.ssh"));
        Files.writeString(secrets.resolve("id_rsa"), "PRIVATE-KEY-BYTES");
        Files.createSymbolicLink(bundle.resolve("leak.png"), secrets.resolve("id_rsa"));
        Files.createSymbolicLink(bundle.resolve("keys"), secrets);
        Files.createSymbolicLink(bundle.resolve("alias.jpg"), bundle.resolve("stage.jpg"));
        Path target = dir.resolve("site/content/blog/their-post");

        ExportPlan plan = ExportPlanner.standard().plan(PageBundle.open(bundle), ExportTarget.folder(target),
                ExportOptions.defaults());
        new BundleExporter().export(plan, BundleExporter.Progress.NONE, () -> false);

        assertThat(plan.diagnostics()).extracting(Diagnostic::rule).contains("resource-link-outside");
        try (Stream<Path> written = Files.walk(target)) {
            List<Path> files = written.filter(Files::isRegularFile).toList();
            assertThat(files).extracting(f -> target.relativize(f).toString())
                    .containsExactlyInAnyOrder("index.md", "stage.jpg", "alias.jpg");
            for (Path file : files) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .doesNotContain("PRIVATE-KEY-BYTES");
            }
        }
    }
}
