package io.recapstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreChecksTest {

    private final CoreChecks checks = new CoreChecks();

    @Test
    void anUnclosedShortcodeInTheBodyIsFoundWithItsRange() {
        String text = "---\ntitle: x\n---\n\n{{< imgproc booth Fill \"800x450\" >}}\nCaption without a closing tag\n";

        List<Diagnostic> found = checks.diagnose(Path.of("post/index.md"), text);

        assertThat(found).isNotEmpty();
        Diagnostic d = found.get(0);
        assertThat(d.rule()).startsWith("shortcode");
        assertThat(d.line()).isEqualTo(5);
        assertThat(d.range().of(text)).startsWith("{{<");
        assertThat(d.path()).isEqualTo(Path.of("post/index.md"));
    }

    @Test
    void mojibakeIsFoundAnywhereInThePost() {
        String text = "---\ntitle: \"Caf\u00c3\u00a9 talks\"\n---\n\nWe met at the caf\u00c3\u00a9.\n";

        List<Diagnostic> found = checks.diagnose(null, text);

        assertThat(found).extracting(Diagnostic::rule).containsExactly("mojibake", "mojibake");
        assertThat(found).extracting(Diagnostic::line).containsExactly(2, 5);
    }

    @Test
    void shortcodeLikeTextInFrontMatterIsNotACall() {
        assertThat(checks.diagnose(null, "---\ntitle: \"{{< not a call\"\n---\n\nBody.\n")).isEmpty();
    }
}
