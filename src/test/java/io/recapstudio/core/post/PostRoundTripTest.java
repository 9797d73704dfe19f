package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture read and written back, through {@link Post} and through {@link PageBundle}, gives the same bytes. */
class PostRoundTripTest {

    static Stream<Path> fixtures() {
        return Fixtures.posts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void untouchedPostIsWrittenBackByteForByte(Path fixture, @TempDir Path out) throws IOException {
        byte[] original = Files.readAllBytes(fixture);
        Post post = Post.read(fixture);

        Path target = out.resolve("index.md");
        post.write(target);

        assertThat(post.toBytes()).isEqualTo(original);
        assertThat(Files.readAllBytes(target)).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void untouchedBundleIsSavedByteForByte(Path fixture, @TempDir Path folder) throws IOException {
        byte[] original = Files.readAllBytes(fixture);
        Files.write(folder.resolve("index.md"), original);
        Files.write(folder.resolve("stage.jpg"), new byte[] {1, 2, 3});

        PageBundle bundle = PageBundle.open(folder);
        bundle.save();

        assertThat(Files.readAllBytes(folder.resolve("index.md"))).isEqualTo(original);
        assertThat(Files.readAllBytes(folder.resolve("stage.jpg"))).containsExactly(1, 2, 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void textEditedAndRestoredEncodesToTheOriginalBytesWithoutTheShortcut(Path fixture) throws IOException {
        byte[] original = Files.readAllBytes(fixture);
        Post post = Post.read(fixture);

        Post edited = post.withText(post.text() + "x");
        Post restored = edited.withText(edited.text().substring(0, edited.text().length() - 1));

        assertThat(edited.isModified()).isTrue();
        byte[] reencoded = SourceText.decode(original).hasBom()
                ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Utf8.encode(post.text()))
                : Utf8.encode(post.text());
        assertThat(reencoded).isEqualTo(original);
        assertThat(restored.toBytes()).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void editorRoundTripThroughLfTextRestoresEveryLineEnding(Path fixture) throws IOException {
        Post post = Post.read(fixture);

        String restored = LineEndings.restore(post.text(), LineEndings.toLf(post.text()));

        assertThat(restored).isEqualTo(post.text());
    }

    @Test
    void everyPropertyTheIssueListsHasAFixture() {
        List<String> names = Fixtures.posts().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).contains("yaml-basic.md", "yaml-crlf.md", "yaml-bom.md", "yaml-mixed-endings.md",
                "yaml-no-trailing-newline.md", "yaml-leading-blank-line.md", "yaml-odd-dates.md", "toml-basic.md",
                "toml-crlf.md", "json-basic.md", "invalid-utf8.md", "malformed-yaml.md", "unterminated-yaml.md");
        Post crlf = post("yaml-crlf.md");
        assertThat(crlf.source().lineEndings().dominant()).isEqualTo(LineEnding.CRLF);
        assertThat(crlf.source().lineEndings().isMixed()).isFalse();
        assertThat(post("yaml-mixed-endings.md").source().lineEndings().isMixed()).isTrue();
        assertThat(post("yaml-mixed-endings.md").source().lineEndings().cr()).isEqualTo(1);
        assertThat(post("yaml-bom.md").source().hasBom()).isTrue();
        assertThat(post("yaml-no-trailing-newline.md").source().endsWithNewline()).isFalse();
        assertThat(post("yaml-leading-blank-line.md").source().leadingBlankLines()).isEqualTo(1);
        assertThat(post("invalid-utf8.md").source().isValidUtf8()).isFalse();
        assertThat(post("yaml-basic.md").body()).contains("{{</* imgproc", "{{% youtube", "{{<youtube",
                "{{< /imgproc >}}", "{{< note />}}", "`A \"raw\" caption`");
    }

    @Test
    void editedPostChangesOnlyTheEditedBytes(@TempDir Path out) throws IOException {
        Post post = post("yaml-crlf.md");
        int at = post.text().indexOf("Thanks to everyone");

        Post edited = post.withText(post.text().substring(0, at) + "Many thanks" + post.text().substring(at + 6));
        edited.write(out.resolve("index.md"));

        String written = Files.readString(out.resolve("index.md"));
        assertThat(written).isEqualTo(post.text().replace("Thanks to everyone", "Many thanks to everyone"));
        assertThat(written).contains("\r\n").doesNotContain("\n\n");
    }

    private static Post post(String name) {
        try {
            return Post.read(Fixtures.post(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
