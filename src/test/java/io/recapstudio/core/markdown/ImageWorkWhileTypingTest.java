package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.image.ProcessedImageCache;
import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import io.recapstudio.core.shortcode.ShortcodeKinds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typing text around image shortcodes re-renders them from memory: no image hashed, read or processed again. */
class ImageWorkWhileTypingTest {

    private static final String POST = """
            ---
            title: Day one
            ---
            {{< imgproc welcome Resize "600x" >}}Welcome{{< /imgproc >}}

            {{< imgproc keynote Fill "400x300 Center" >}}{{< /imgproc >}}

            {{< gallery match="photos/*" >}}

            The talks began at nine.
            """;

    @TempDir
    Path dir;

    @Test
    void typingTextNextToImageShortcodesHashesAndProcessesNoImage() throws Exception {
        Path bundle = TestBundle.create(dir.resolve("post"));
        BundleImagesProvider images = new BundleImagesProvider(dir.resolve("cache"));
        MarkdownRenderer renderer = PreviewShortcodes.renderer(images, ShortcodeKinds.builtIn());
        RenderResult first = render(renderer, POST, bundle, 1);
        ProcessedImageCache.Stats afterFirst = images.imageWork();
        assertThat(afterFirst.imagesProcessed()).isEqualTo(5); // two imgproc, three gallery thumbnails

        String typed = " And the coffee was good.";
        for (int i = 1; i <= typed.length(); i++) {
            RenderResult result = render(renderer, POST + typed.substring(0, i), bundle, 1 + i);
            assertThat(result.diagnostics()).isEqualTo(first.diagnostics());
        }

        assertThat(images.imageWork()).isEqualTo(afterFirst);
    }

    @Test
    void aPhotoEditedOnDiskIsLookedAtAgainByTheNextRender() throws Exception {
        Path bundle = TestBundle.create(dir.resolve("post"));
        BundleImagesProvider images = new BundleImagesProvider(dir.resolve("cache"));
        MarkdownRenderer renderer = PreviewShortcodes.renderer(images, ShortcodeKinds.builtIn());
        render(renderer, POST, bundle, 1);
        ProcessedImageCache.Stats before = images.imageWork();

        TestBundle.image(bundle, "welcome-featured.jpg", 900, 300, java.awt.Color.ORANGE);
        Files.setLastModifiedTime(bundle.resolve("welcome-featured.jpg"),
                FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        RenderResult after = render(renderer, POST + "x", bundle, 2);

        assertThat(images.imageWork().keysHashed()).isEqualTo(before.keysHashed() + 1);
        assertThat(images.imageWork().imagesProcessed()).isEqualTo(before.imagesProcessed() + 1);
        assertThat(after.html()).contains("width=\"600\" height=\"200\"");
    }

    private static RenderResult render(MarkdownRenderer renderer, String text, Path bundle, long version) {
        return renderer.render(new RenderInput(text, bundle, version, RenderOptions.preview()));
    }
}
