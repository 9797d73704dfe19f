package io.recapstudio.core.shortcode.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.image.ImageImporter;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.shortcode.ShortcodeParser;
import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.shortcode.catalog.ShortcodeEntry;
import io.recapstudio.core.text.TextEdit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortcodeDraftTest {

    private static final ShortcodeCatalog CATALOG = ShortcodeCatalog.builtins();

    @TempDir
    Path dir;

    private static ShortcodeEntry entry(String name) {
        return CATALOG.find(name).orElseThrow();
    }

    private static ShortcodeDraft fill(String name, String... keyValues) {
        ShortcodeEntry entry = entry(name);
        ShortcodeDraft draft = ShortcodeDraft.of(entry);
        for (int i = 0; i < keyValues.length; i += 2) {
            String key = keyValues[i];
            var param = entry.params().stream().filter(p -> ShortcodeDraft.keyOf(p).equals(key)).findFirst()
                    .orElseThrow();
            draft = draft.with(param, keyValues[i + 1]);
        }
        return draft;
    }

    @Test
    void imgprocIsPositionalWithItsCaptionInside() {
        String call = fill("imgproc", "#0", "stage", "#1", "Fill", "#2", "640x360 Center").withInner("On stage.")
                .write();

        assertThat(call).isEqualTo("{{< imgproc stage Fill \"640x360 Center\" >}}\nOn stage.\n{{< /imgproc >}}");
    }

    @Test
    void youtubeIsShortUntilANamedOnlyParameterIsSet() {
        assertThat(fill("youtube", "id", "dQ4xmpl3Tk0").write()).isEqualTo("{{< youtube dQ4xmpl3Tk0 >}}");
        assertThat(fill("youtube", "id", "dQ4xmpl3Tk0", "start", "95").write())
                .isEqualTo("{{< youtube id=dQ4xmpl3Tk0 start=95 >}}");
    }

    @Test
    void validationNamesMissingRequiredWrongTypesAndBadSpecs() {
        assertThat(fill("tweet", "user", "harborbay").validate(List.of())).containsKey("id");
        assertThat(fill("youtube", "id", "x", "start", "soon").validate(List.of())).containsKey("start");
        assertThat(fill("imgproc", "#0", "stage", "#1", "Resize", "#2", "600").validate(List.of()))
                .containsKey("#2");
        Map<String, String> gallery = fill("gallery", "match", "photos/*").validate(List.of("photos/a.jpg",
                "photos/b.jpg", "c.jpg"));
        assertThat(gallery).containsEntry("match#count", "2 files match");
    }

    @Test
    void editingRewritesOnlyTheOpeningTag() {
        String text = "Before.\n\n{{< imgproc stage Resize 600x >}}\nKeep this caption.\n{{< /imgproc >}}\n";
        ShortcodeCall call = ShortcodeParser.parse(text).calls().get(0);
        ShortcodeDraft draft = ShortcodeDraft.fromCall(entry("imgproc"), call, text);
        assertThat(draft.values()).containsEntry("#0", "stage").containsEntry("#2", "600x");

        var command = entry("imgproc").param(1).orElseThrow();
        TextEdit edit = draft.with(command, "Fit").rewrite(call);

        assertThat(TextEdit.applyAll(text, List.of(edit)))
                .isEqualTo(text.replace("Resize 600x", "Fit 600x"));
    }

    @Test
    void droppedImagesAndFoldersBecomeBundleFilesAndCalls() throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        Path photo = dir.resolve("Booth Photo.JPG");
        ImageIO.write(new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        Path folder = Files.createDirectories(dir.resolve("Day One"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("a.png").toFile());

        DroppedFiles.Result result = new DroppedFiles(new ImageImporter()).importInto(bundle, List.of(photo, folder));

        assertThat(result.failures()).isEmpty();
        assertThat(bundle.resolve("booth-photo.jpg")).exists();
        assertThat(result.text()).contains("{{< imgproc booth-photo Resize 800x >}}")
                .contains("{{< gallery match=day-one/* >}}");
        try (var files = Files.list(bundle.resolve("day-one"))) {
            assertThat(files).hasSize(1);
        }
    }
}
