package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links in a bundle: those that lead out are never resources, those that stay inside are. */
class PageBundleLinksTest {

    @TempDir
    Path dir;

    private Path bundle;
    private Path secret;

    @BeforeEach
    void bundleAndASecretOutsideIt() throws IOException {
        bundle = Files.createDirectories(dir.resolve("post"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: T\n---\n");
        Files.write(bundle.resolve("stage.jpg"), new byte[] {1, 2, 3});
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        secret = Files.writeString(elsewhere.resolve("id_rsa"), "SECRET");
        Files.write(elsewhere.resolve("private.jpg"), new byte[] {9});
    }

    @Test
    void aFileLinkLeadingOutIsNotAResourceAndIsNamed() throws IOException {
        Path link = Files.createSymbolicLink(bundle.resolve("leak.png"), secret);
        PageBundle opened = PageBundle.open(bundle);
        assertThat(opened.resources()).extracting(BundleResource::name).containsExactly("stage.jpg");
        assertThat(opened.outsideLinks()).containsExactly(
                new PageBundle.OutsideLink("leak.png", link, secret.toRealPath()));
    }

    @Test
    void aFolderLinkLeadingOutIsNotWalkedAndIsNamed() throws IOException {
        Files.createSymbolicLink(bundle.resolve("photos"), dir.resolve("elsewhere"));
        PageBundle opened = PageBundle.open(bundle);
        assertThat(opened.resources()).extracting(BundleResource::name).containsExactly("stage.jpg");
        assertThat(opened.outsideLinks()).extracting(PageBundle.OutsideLink::name).containsExactly("photos");
    }

    @Test
    void aLinkThatStaysInsideIsAResourceLikeAnyFile() throws IOException {
        Files.createSymbolicLink(bundle.resolve("alias.jpg"), bundle.resolve("stage.jpg"));
        PageBundle opened = PageBundle.open(bundle);
        assertThat(opened.resources()).extracting(BundleResource::name).containsExactly("alias.jpg", "stage.jpg");
        assertThat(opened.outsideLinks()).isEmpty();
    }

    @Test
    void aDanglingLinkIsNeitherAResourceNorALinkOut() throws IOException {
        Files.createSymbolicLink(bundle.resolve("gone.jpg"), dir.resolve("nothing-here.jpg"));
        PageBundle opened = PageBundle.open(bundle);
        assertThat(opened.resources()).extracting(BundleResource::name).containsExactly("stage.jpg");
        assertThat(opened.outsideLinks()).isEmpty();
    }

    @Test
    void theLinksSurviveAnEditOfThePost() throws IOException {
        Files.createSymbolicLink(bundle.resolve("leak.png"), secret);
        PageBundle opened = PageBundle.open(bundle);
        PageBundle edited = opened.withPost(opened.post());
        assertThat(edited.outsideLinks()).isEqualTo(opened.outsideLinks());
    }
}
