package io.recapstudio.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostFilesTest {

    @TempDir
    Path temp;

    @Test
    void anUntouchedPostIsWrittenBackByteForByte() throws Exception {
        byte[] bytes = "\uFEFF---\r\ntitle: a\n---\r\nBody\r".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(temp.resolve("index.md"), bytes);
        OpenedPost post = PostFiles.read(temp);

        assertThat(post.text()).isEqualTo("---\ntitle: a\n---\nBody\n");
        PostFiles.write(post, post.text(), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void anEditedCrlfPostKeepsCrlfAndItsByteOrderMark() throws Exception {
        Path file = Files.write(temp.resolve("post.md"),
                "\uFEFFa\r\nb\r\n".getBytes(StandardCharsets.UTF_8));
        OpenedPost post = PostFiles.read(file);

        OpenedPost saved = PostFiles.write(post, "a\nb\nc\n", file);

        assertThat(Files.readString(file)).isEqualTo("\uFEFFa\r\nb\r\nc\r\n");
        assertThat(saved.lineEndingLabel()).isEqualTo("CRLF");
        assertThat(Files.list(temp)).containsExactly(file);
    }

    @Test
    void notUtf8TextOpensWithTheProblemReported() throws Exception {
        Path file = Files.write(temp.resolve("latin.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});

        OpenedPost post = PostFiles.read(file);

        assertThat(post.readProblems()).extracting(d -> d.rule()).contains("encoding");
        assertThat(post.encode(post.text())).containsExactly('c', 'a', 'f', (byte) 0xE9);
    }

    @Test
    void aFolderWithoutIndexIsNotABundle() {
        assertThatThrownBy(() -> PostFiles.read(temp)).isInstanceOf(PostFileException.class)
                .hasMessageContaining(temp.toString()).hasMessageContaining("holds no index.md");
    }

    @Test
    void editedLinesKeepTheirOwnLineBreaksInAMixedFile() throws Exception {
        Path file = Files.writeString(temp.resolve("mixed.md"), "a\r\nb\nc\r\n");
        OpenedPost post = PostFiles.read(file);
        assertThat(post.lineEndingLabel()).isEqualTo("CRLF (mixed)");

        PostFiles.write(post, "a\nB\nc\n", file);

        assertThat(Files.readString(file)).isEqualTo("a\r\nB\nc\r\n");
    }
}
