package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void byteOrderMarkIsKeptOutOfTheTextAndWrittenBackAfterAnEdit() {
        byte[] bytes = "\uFEFF---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_8);

        SourceText source = SourceText.decode(bytes);
        SourceText edited = source.withText(source.text().replace("x", "y"));

        assertThat(source.hasBom()).isTrue();
        assertThat(source.text()).startsWith("---");
        assertThat(edited.encode()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(edited.encode(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF---\ntitle: y\n---\n");
    }

    @Test
    void fourByteCharactersAreValidUtf8AndGetNoEncodingWarning() {
        // U+1F4C3 is the pair D83D DCC3 in Java: its low half lies in the range that stands for undecodable bytes
        String text = "---\ntitle: Recap \uD83D\uDCC3\n---\nThanks! \uD83D\uDC96 \uD83C\uDF89 \uD83D\uDE80\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        SourceText source = SourceText.decode(bytes);

        assertThat(source.isValidUtf8()).isTrue();
        assertThat(source.diagnostics()).isEmpty();
        assertThat(source.text()).isEqualTo(text);
        assertThat(source.encode()).isEqualTo(bytes);
    }

    @Test
    void aDamagedByteRightAfterAnEmojiIsReportedAsThatByteAlone() {
        byte[] emoji = "ok \uD83D\uDC96".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(emoji, emoji.length + 2);
        bytes[emoji.length] = (byte) 0x96;
        bytes[emoji.length + 1] = '\n';

        SourceText source = SourceText.decode(bytes);
        List<Diagnostic> diagnostics = source.diagnostics();

        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0).message()).contains("byte 0x96 here cannot").doesNotContain("more");
        assertThat(diagnostics.get(0).column()).isEqualTo(6);
        assertThat(source.encode()).isEqualTo(bytes);
        assertThat(diagnostics.get(0).fix().orElseThrow().edits()).hasSize(1);
    }

    @Test
    void invalidUtf8IsReportedAtTheFirstBadByteWithWhatToDo() {
        byte[] bytes = "line one\nCaf\u00e9 and na\u00efve\n".getBytes(StandardCharsets.ISO_8859_1);

        SourceText source = SourceText.decode(bytes);
        List<Diagnostic> diagnostics = source.diagnostics();

        assertThat(source.isValidUtf8()).isFalse();
        assertThat(diagnostics).hasSize(1);
        Diagnostic d = diagnostics.get(0);
        assertThat(d.rule()).isEqualTo("encoding");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isEqualTo(4);
        assertThat(d.message()).contains("0xE9", "1 more", "Re-save the file as UTF-8", "Windows-1252");
        assertThat(d.fix()).isPresent();
        assertThat(d.fix().get().applyTo(source.text())).isEqualTo("line one\nCaf\u00e9 and na\u00efve\n");
    }

    @Test
    void windows1252FixMapsTypographicBytesToTheirCharacters() {
        byte[] bytes = {'I', (byte) 0x92, 'm', ' ', (byte) 0x93, 'o', 'k', (byte) 0x94, ' ', (byte) 0x80};

        SourceText source = SourceText.decode(bytes);

        assertThat(source.diagnostics().get(0).fix().orElseThrow().applyTo(source.text()))
                .isEqualTo("I\u2019m \u201cok\u201d \u20ac");
        assertThat(SourceText.decodeWindows1252(bytes).text()).isEqualTo("I\u2019m \u201cok\u201d \u20ac");
    }

    @Test
    void damagedBytesSurviveAnEditElsewhereInTheFile() {
        byte[] bytes = {'a', (byte) 0xE9, 'b', '\n', 't', 'a', 'i', 'l', '\n'};

        SourceText source = SourceText.decode(bytes);
        SourceText edited = source.withText(source.text().replace("tail", "TAIL"));

        assertThat(edited.encode()).containsExactly('a', 0xE9, 'b', '\n', 'T', 'A', 'I', 'L', '\n');
    }

    @Test
    void overlongAndSurrogateEncodingsAreNotValidUtf8() {
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        byte[] encodedSurrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] truncated = {'x', (byte) 0xE2, (byte) 0x82};

        for (byte[] bytes : List.of(overlongSlash, encodedSurrogate, truncated)) {
            SourceText source = SourceText.decode(bytes);
            assertThat(source.isValidUtf8()).isFalse();
            assertThat(source.encode()).isEqualTo(bytes);
            assertThat(Utf8.encode(source.text())).isEqualTo(bytes);
        }
    }

    @Test
    void fourByteCharactersDecodeToSurrogatePairs() {
        byte[] bytes = "ship \uD83D\uDEA2".getBytes(StandardCharsets.UTF_8);

        SourceText source = SourceText.decode(bytes);

        assertThat(source.isValidUtf8()).isTrue();
        assertThat(source.text()).isEqualTo("ship \uD83D\uDEA2");
        assertThat(Utf8.encode(source.text())).isEqualTo(bytes);
    }

    @Test
    void trailingNewlineAndLeadingBlankLinesAreDetected() {
        assertThat(SourceText.of("a\n").endsWithNewline()).isTrue();
        assertThat(SourceText.of("a").endsWithNewline()).isFalse();
        assertThat(SourceText.of("a\r").endsWithNewline()).isTrue();
        assertThat(SourceText.of("\n\r\n  \n---\n").leadingBlankLines()).isEqualTo(3);
        assertThat(SourceText.of("---\n").leadingBlankLines()).isZero();
    }

    @Test
    void newTextIsModifiedAndEncodesAsPlainUtf8() {
        SourceText source = SourceText.of("caf\u00e9");

        assertThat(source.isModified()).isTrue();
        assertThat(source.encode()).isEqualTo("caf\u00e9".getBytes(StandardCharsets.UTF_8));
    }
}
