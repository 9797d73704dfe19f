package io.recapstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's assets are found only where our marker is, and the sample recap the user edits is their own copy. */
class AssetsTest {

    @TempDir
    Path temp;

    private Path install(Path dir) throws Exception {
        Path sample = Files.createDirectories(dir.resolve("assets/sample-recap/photos"));
        Files.writeString(dir.resolve("assets").resolve(Assets.MARKER), "ours");
        Files.writeString(sample.getParent().resolve("index.md"), "---\ntitle: Sample\n---\n");
        Files.write(sample.resolve("hall.jpg"), new byte[] {1, 2, 3});
        return dir.resolve("assets");
    }

    @Test
    void aHugoSitesOwnAssetsFolderIsNotTakenForTheApps() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "title = 'Site'\n");
        Files.createDirectories(site.resolve("assets/sample-recap"));
        Files.writeString(site.resolve("assets/sample-recap/index.md"), "a site's own file");
        Path jar = install(temp.resolve("install")).getParent().resolve("lib/recap-studio.jar");

        assertThat(Assets.locate(null, site, jar)).contains(temp.resolve("install/assets"));
        assertThat(Assets.locate(null, site, null)).isEmpty();
    }

    @Test
    void theWorkingFoldersAssetsCountWithTheMarkerAndThePropertyAlways() throws Exception {
        Path dev = install(temp.resolve("checkout"));
        Path other = Files.createDirectories(temp.resolve("explicit"));

        assertThat(Assets.locate(null, temp.resolve("checkout"), null)).contains(dev);
        assertThat(Assets.locate(other.toString(), temp.resolve("checkout"), null)).contains(other);
        assertThat(Assets.locate("", temp.resolve("checkout"), null)).contains(dev);
    }

    @Test
    void theRepositorysAssetsFolderCarriesTheMarker() {
        assertThat(Path.of(System.getProperty("recap.assets", "assets")).resolve(Assets.MARKER)).isRegularFile();
    }

    @Test
    void theSampleIsCopiedFromAReadOnlyInstallIntoTheDataFolderAndIsWritable() throws Exception {
        Path installed = install(temp.resolve("opt")).resolve("sample-recap");
        try (Stream<Path> files = Files.walk(installed)) {
            for (Path p : files.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x"
                        : "r--r--r--"));
            }
        }
        Path data = temp.resolve("data");

        Path copy = Assets.userSample(installed, data);

        assertThat(copy).isEqualTo(data.resolve("sample-recap"));
        assertThat(copy.resolve("index.md")).hasContent("---\ntitle: Sample\n---\n");
        assertThat(copy.resolve("photos/hall.jpg")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(Files.getPosixFilePermissions(copy.resolve("index.md")))
                .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left).containsExactly(copy);
        }
    }

    @Test
    void aCopyAlreadyThereIsTheUsersAndIsKeptAsItIs() throws Exception {
        Path installed = install(temp.resolve("opt")).resolve("sample-recap");
        Path data = temp.resolve("data");
        Path copy = Assets.userSample(installed, data);
        Files.writeString(copy.resolve("index.md"), "my edits");

        assertThat(Assets.userSample(installed, data)).isEqualTo(copy);
        assertThat(copy.resolve("index.md")).hasContent("my edits");
    }
}
