package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = folder.resolve("index.md");
        Files.writeString(target, "old");

        AtomicFiles.write(target, "new".getBytes());

        assertThat(Files.readString(target)).isEqualTo("new");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void keepsThePermissionsOfTheReplacedFile() throws IOException {
        Path target = folder.resolve("index.md");
        Files.writeString(target, "old");
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(target, permissions);

        AtomicFiles.write(target, "new".getBytes());

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(permissions);
    }

    @Test
    void failureLeavesNothingWrittenAndNamesTheProblem() {
        Path target = folder.resolve("missing-folder").resolve("index.md");

        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1})).isInstanceOf(IOException.class);
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    void aNewFileIsReadableByOthersLikeAnEditorsSave() throws IOException {
        Path target = folder.resolve("photo.jpg");

        AtomicFiles.write(target, new byte[] {1, 2, 3});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFailingProducerLeavesTheOldContent() throws IOException {
        Path target = folder.resolve("index.md");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void copiesByteForByte() throws IOException {
        Path source = folder.resolve("a.bin");
        byte[] bytes = new byte[70_000];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(source, bytes);

        AtomicFiles.copy(source, folder.resolve("b.bin"));

        assertThat(Files.readAllBytes(folder.resolve("b.bin"))).isEqualTo(bytes);
    }
}
