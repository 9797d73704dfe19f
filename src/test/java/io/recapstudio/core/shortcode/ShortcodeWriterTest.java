package io.recapstudio.core.shortcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShortcodeWriterTest {

    @Test
    void writesPositionalCallsWithInnerContent() {
        String call = ShortcodeWriter.call("imgproc", Delimiter.ANGLE).positional("welcome", "Resize", "600x")
                .inner("\nOur welcome desk\n").write();
        assertThat(call).isEqualTo("{{< imgproc welcome Resize 600x >}}\nOur welcome desk\n{{< /imgproc >}}");
    }

    @Test
    void writesNamedCallsQuotingOnlyWhatNeedsIt() {
        String call = ShortcodeWriter.call("gallery", Delimiter.PERCENT).named("match", "photos/*")
                .named("thumbnailResizeOptions", "300x150 q85 Lanczos").named("rowHeight", "150").write();
        assertThat(call).isEqualTo("{{% gallery match=photos/* thumbnailResizeOptions=\"300x150 q85 Lanczos\" "
                + "rowHeight=150 %}}");
    }

    @Test
    void writesSelfClosingCalls() {
        assertThat(ShortcodeWriter.call("alert", Delimiter.ANGLE).named("title", "Heads up").selfClosing().write())
                .isEqualTo("{{< alert title=\"Heads up\" />}}");
        assertThat(ShortcodeWriter.call("youtube", Delimiter.ANGLE).positional("abc").toString())
                .isEqualTo("{{< youtube abc >}}");
    }

    @Test
    void whatItWritesParsesBackToTheSameCall() {
        String call = ShortcodeWriter.call("blocks/cover", Delimiter.ANGLE).named("title", "Say \"hi\"")
                .named("image_anchor", "top").named("path", "C:\\x").inner("Inner **text**").write();
        ShortcodeDocument document = ShortcodeParser.parse(call);
        assertThat(document.diagnostics()).isEmpty();
        ShortcodeCall parsed = document.calls().get(0);
        assertThat(parsed.name()).isEqualTo("blocks/cover");
        assertThat(parsed.arguments().named("title").map(Argument::value)).contains("Say \"hi\"");
        assertThat(parsed.arguments().named("path").map(Argument::value)).contains("C:\\x");
        assertThat(parsed.inner(call)).isEqualTo("Inner **text**");
    }

    @Test
    void refusesWhatHugoCouldNotRead() {
        assertThatThrownBy(() -> ShortcodeWriter.call("bad name", Delimiter.ANGLE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShortcodeWriter.call("tweet", Delimiter.ANGLE).named("user", "a").positional("1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Hugo does not allow both");
        assertThatThrownBy(() -> ShortcodeWriter.call("note", Delimiter.ANGLE).inner("x").selfClosing())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ShortcodeWriter.call("note", Delimiter.ANGLE).named("a b", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
