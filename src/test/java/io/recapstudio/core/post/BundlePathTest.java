package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a post can try to name a file outside its bundle resolves to "outside", never to the file. */
class BundlePathTest {

    @TempDir
    Path site;

    private Path bundle;

    @BeforeEach
    void bundleWithASecretBesideIt() throws IOException {
        bundle = Files.createDirectories(site.resolve("content/blog/post"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: T\n---\n");
        Files.write(bundle.resolve("photo.jpg"), new byte[] {1});
        Files.createDirectories(bundle.resolve("photos"));
        Files.write(bundle.resolve("photos/a b.jpg"), new byte[] {2});
        Files.createDirectories(site.resolve("content/blog/.ssh"));
        Files.writeString(site.resolve("content/blog/.ssh/id_rsa"), "SECRET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../.ssh/id_rsa", "..%2f.ssh%2fid_rsa", "%2e%2e/.ssh/id_rsa", "%2E%2E%2F.ssh%2Fid_rsa",
        "..\\.ssh\\id_rsa", "..%5c.ssh%5cid_rsa", "photos/../../.ssh/id_rsa", "./../.ssh/id_rsa", ".\t./.ssh/id_rsa",
        "../../../../../../../../proc/self/environ", "~/.ssh/id_rsa", "~root/.ssh/id_rsa", "C:/Users/me/secret.png",
        "c:\\Users\\me\\secret.png", "photos/C:/x.png", "file:///etc/passwd", "FILE:/etc/passwd",
        "  ../.ssh/id_rsa  ", "../.ssh/id_rsa?x=1#y"})
    void referencesThatClimbOutAreOutside(String reference) {
        assertThat(BundlePath.resolve(bundle, reference)).isInstanceOf(BundlePath.Outside.class)
                .matches(BundlePath::leavesBundle);
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo.jpg", "./photo.jpg", "photos/../photo.jpg", "photos/a%20b.jpg", "photos\\a b.jpg",
        "photo.jpg?v=2", "photo.jpg#frag"})
    void referencesInsideTheBundleResolveToTheRealFile(String reference) throws IOException {
        BundlePath path = BundlePath.resolve(bundle, reference);
        assertThat(path).isInstanceOf(BundlePath.Inside.class);
        assertThat(((BundlePath.Inside) path).file().startsWith(bundle.toRealPath())).isTrue();
    }

    @Test
    void otherKindsOfReferenceAreToldApart() {
        assertThat(BundlePath.resolve(bundle, "/etc/passwd")).isEqualTo(new BundlePath.SiteRoot("/etc/passwd"));
        assertThat(BundlePath.resolve(bundle, "%2fetc/passwd")).isEqualTo(new BundlePath.SiteRoot("/etc/passwd"));
        assertThat(BundlePath.resolve(bundle, "https://example.org/a.png")).isInstanceOf(BundlePath.Remote.class);
        assertThat(BundlePath.resolve(bundle, "//cdn.example/a.png")).isInstanceOf(BundlePath.Remote.class);
        assertThat(BundlePath.resolve(bundle, "\\\\server\\share\\a.png")).isInstanceOf(BundlePath.Remote.class);
        assertThat(BundlePath.resolve(bundle, "data:image/png;base64,AA==")).isInstanceOf(BundlePath.Embedded.class);
        assertThat(BundlePath.resolve(bundle, "javascript:alert(1)")).isInstanceOf(BundlePath.NotAFile.class);
        assertThat(BundlePath.resolve(bundle, "#top")).isInstanceOf(BundlePath.NotAFile.class);
        assertThat(BundlePath.resolve(bundle, "a%00.png")).isInstanceOf(BundlePath.NotAFile.class);
        assertThat(BundlePath.resolve(bundle, "missing.png")).isEqualTo(new BundlePath.Missing("missing.png"));
        assertThat(BundlePath.resolve(bundle, "photos")).isEqualTo(new BundlePath.Missing("photos"));
        assertThat(BundlePath.resolve(bundle, ".env")).isEqualTo(new BundlePath.Hidden(".env"));
        assertThat(BundlePath.resolve(bundle, "photos/../.git/config")).isEqualTo(new BundlePath.Hidden(".git/config"));
        // decoded once, as the browser decodes it: %252e is the name "%2e", inside the bundle
        assertThat(BundlePath.resolve(bundle, "%252e%252e/x.png")).isEqualTo(new BundlePath.Missing("%2e%2e/x.png"));
    }

    @Test
    void aLinkThatLeadsOutOfTheBundleIsOutsideEvenWithAnInnocentName() throws IOException {
        Files.createSymbolicLink(bundle.resolve("leak.png"), site.resolve("content/blog/.ssh/id_rsa"));
        Files.createSymbolicLink(bundle.resolve("shared"), site.resolve("content/blog/.ssh"));
        assertThat(BundlePath.resolve(bundle, "leak.png")).isInstanceOf(BundlePath.Outside.class);
        assertThat(BundlePath.resolve(bundle, "shared/id_rsa")).isInstanceOf(BundlePath.Outside.class);
    }

    @Test
    void aLinkThatStaysInsideTheBundleIsKeptAndResolvedToItsTarget() throws IOException {
        Files.createSymbolicLink(bundle.resolve("alias.jpg"), bundle.resolve("photo.jpg"));
        Files.createSymbolicLink(bundle.resolve("gallery"), bundle.resolve("photos"));
        assertThat(BundlePath.resolve(bundle, "alias.jpg"))
                .isEqualTo(new BundlePath.Inside(bundle.resolve("photo.jpg").toRealPath(), "alias.jpg"));
        assertThat(BundlePath.resolve(bundle, "gallery/a b.jpg")).isInstanceOf(BundlePath.Inside.class);
    }

    @Test
    void aBundleReachedThroughALinkedFolderStillHoldsItsOwnFiles() throws IOException {
        Path linked = Files.createSymbolicLink(site.resolve("linked-post"), bundle);
        assertThat(BundlePath.resolve(linked, "photo.jpg")).isInstanceOf(BundlePath.Inside.class);
        assertThat(BundlePath.resolve(linked, "../.ssh/id_rsa")).isInstanceOf(BundlePath.Outside.class);
    }
}
