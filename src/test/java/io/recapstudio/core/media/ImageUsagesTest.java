package io.recapstudio.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.text.TextEdit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageUsagesTest {

    private static final String POST = """
            ---
            title: Usages
            resources:
            - src: "photos/*"
              title: "Photo #:counter"
            - src: "booth.png"
              title: Booth
            ---

            {{< imgproc stage Resize 600x >}}
            Caption.
            {{< /imgproc >}}

            ![The booth](booth.png) and {{< figure src="booth.png" >}}

            {{< gallery match="photos/*" >}}

            ```
            ![not counted](stage.jpg)
            ```
            """;

    @TempDir
    Path dir;

    private Path bundle;

    @BeforeEach
    void createBundle() throws IOException {
        bundle = Files.createDirectories(dir.resolve("b"));
        Files.writeString(bundle.resolve("index.md"), POST);
        for (String name : new String[] {"stage.jpg", "booth.png", "photos/a.jpg", "unused-featured.jpg"}) {
            Path f = bundle.resolve(name);
            Files.createDirectories(f.getParent());
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), name.endsWith("png") ? "png" : "jpg",
                    f.toFile());
        }
    }

    @Test
    void everyKindOfReferenceIsFoundWithItsLine() throws IOException {
        ImageUsages usages = ImageUsages.of(PageBundle.open(bundle));

        assertThat(usages.of("stage.jpg")).extracting(ImageUsages.Usage::kind, ImageUsages.Usage::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("imgproc", 10));
        assertThat(usages.of("booth.png")).extracting(ImageUsages.Usage::kind).containsExactly("figure", "link");
        assertThat(usages.of("photos/a.jpg")).extracting(ImageUsages.Usage::kind).containsExactly("gallery");
        assertThat(usages.isUnused("unused-featured.jpg")).isTrue();
        assertThat(ImageUsages.isFeatured("unused-featured.jpg")).isTrue();
        assertThat(usages.resourceGlob("photos/a.jpg")).contains("photos/*");
        assertThat(usages.resourceGlob("stage.jpg")).isEmpty();
    }

    @Test
    void renamingMovesTheFileAndEveryReferenceFollows() throws IOException {
        PageBundle opened = PageBundle.open(bundle);

        ImageRename.Result stage = ImageRename.rename(opened, "stage.jpg", "Main Stage");
        String text = TextEdit.applyAll(POST, stage.edits());
        assertThat(stage.renamed()).isEqualTo(bundle.resolve("main-stage.jpg"));
        assertThat(bundle.resolve("stage.jpg")).doesNotExist();
        assertThat(text).isEqualTo(POST.replace("imgproc stage Resize", "imgproc main-stage Resize"));

        ImageRename.Result booth = ImageRename.rename(opened, "booth.png", "expo-booth.png");
        assertThat(TextEdit.applyAll(POST, booth.edits())).isEqualTo(POST.replace("booth.png", "expo-booth.png"));
    }
}
