package io.recapstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreChecksTest {

    @TempDir
    Path temp;

    private final CoreChecks checks = new CoreChecks();

    private Path bundle(String text) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("quay-summit"));
        return Files.writeString(dir.resolve("index.md"), text);
    }

    @Test
    void anUnclosedShortcodeInTheEditedTextIsFoundWithItsRangeAndFile() throws Exception {
        Path post = bundle("---\ntitle: x\n---\n\nOn disk the post is fine.\n");
        String edited = "---\ntitle: x\n---\n\n{{< imgproc booth Fill \"800x450\" >}}\nCaption, no closing tag\n";

        List<Diagnostic> found = checks.diagnose(post, edited);

        assertThat(found).isNotEmpty();
        Diagnostic d = found.get(0);
        assertThat(d.rule()).startsWith("shortcode");
        assertThat(d.line()).isEqualTo(5);
        assertThat(d.range().of(edited)).startsWith("{{<");
        assertThat(d.path()).isEqualTo(post);
    }

    @Test
    void mojibakeAndBrokenFrontMatterAreFound() throws Exception {
        Path post = bundle("x");
        String text = "---\ntitle: \"Caf\u00c3\u00a9 talks\n---\n\nWe met at the caf\u00c3\u00a9.\n";

        List<Diagnostic> found = checks.diagnose(post, text);

        assertThat(found).extracting(Diagnostic::rule).contains("mojibake").anyMatch(r -> r.startsWith("front"));
    }

    @Test
    void aFileThatIsNotUtf8KeepsItsEncodingFindingWhileEdited() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("latin1"));
        Path post = Files.write(dir.resolve("index.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        String text = io.recapstudio.ui.session.PostFiles.read(post).text();

        assertThat(checks.diagnose(post, text + "more\n")).extracting(Diagnostic::rule).contains("encoding");
    }

    @Test
    void anUnsavedPostGetsTheSyntaxChecksWithoutAFile() {
        List<Diagnostic> found = checks.diagnose(null, "---\ntitle: a\n---\n\n{{< note >}}\nopen\n");

        assertThat(found).isNotEmpty().allMatch(d -> d.path() == null);
        assertThat(checks.diagnose(null, "---\ntitle: \"{{< not a call\"\n---\n\nBody.\n")).isEmpty();
    }
}
