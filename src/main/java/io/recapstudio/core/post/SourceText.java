package io.recapstudio.core.post;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Fix;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A post's text decoded from its bytes with everything needed to write the same bytes back: the UTF-8 byte order
 * mark, the original line breaks (kept in the text itself), the presence or absence of a trailing newline, and for a
 * file that is not valid UTF-8, every undecodable byte.
 *
 * <p>Guarantees: {@code decode(bytes).encode()} equals {@code bytes} for every input. A file that is not valid UTF-8
 * is never mangled: each undecodable byte becomes one escape character ({@code U+DC80}–{@code U+DCFF}) that encodes
 * back to that byte, so editing other parts of the file keeps the damaged bytes as they were; {@link #diagnostics()}
 * reports the first one (rule {@value #ENCODING_RULE}) with a fix that converts the damaged bytes from Windows-1252.
 * Offsets into {@link #text()} never include the byte order mark.
 */
public final class SourceText {

    /** Rule id of the diagnostic for a file that is not valid UTF-8. */
    public static final String ENCODING_RULE = RuleId.ENCODING.id();

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String text;
    private final boolean bom;
    private final byte[] originalBytes;
    private final String originalText;

    private SourceText(String text, boolean bom, byte[] originalBytes, String originalText) {
        this.text = text;
        this.bom = bom;
        this.originalBytes = originalBytes;
        this.originalText = originalText;
    }

    /** Decodes a file's bytes, keeping everything needed to encode them back unchanged. */
    public static SourceText decode(byte[] bytes) {
        boolean bom = startsWithBom(bytes);
        String text = Utf8.decode(bytes, bom ? BOM.length : 0);
        return new SourceText(text, bom, bytes.clone(), text);
    }

    /**
     * Decodes a file's bytes as Windows-1252, for a file {@link #decode(byte[])} reported as not UTF-8 that the
     * author confirms is Windows-1252. The result encodes as UTF-8.
     */
    public static SourceText decodeWindows1252(byte[] bytes) {
        String text = Windows1252.decode(bytes, 0);
        return new SourceText(text, false, null, null);
    }

    /** A new text (no byte order mark) that has never been on disk. */
    public static SourceText of(String text) {
        return new SourceText(text, false, null, null);
    }

    /** The decoded text without the byte order mark, with its original line breaks. */
    public String text() {
        return text;
    }

    /** Same file properties (byte order mark, original bytes) with a new text. */
    public SourceText withText(String newText) {
        return new SourceText(newText, bom, originalBytes, originalText);
    }

    /** The bytes to write: the original bytes when the text is unchanged, else UTF-8 (with the BOM if it had one). */
    public byte[] encode() {
        if (originalBytes != null && text.equals(originalText)) {
            return originalBytes.clone();
        }
        byte[] body = Utf8.encode(text);
        if (!bom) {
            return body;
        }
        byte[] out = Arrays.copyOf(BOM, BOM.length + body.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    /** True when the text differs from what was read (always true for a text that was never read). */
    public boolean isModified() {
        return originalText == null || !text.equals(originalText);
    }

    /** True when the file starts with a UTF-8 byte order mark (kept when written). */
    public boolean hasBom() {
        return bom;
    }

    /** True when the text holds no undecodable bytes. */
    public boolean isValidUtf8() {
        return firstEscape() < 0;
    }

    /** The line breaks the text uses. */
    public LineEndings lineEndings() {
        return LineEndings.detect(text);
    }

    /** True when the text ends with a line break. */
    public boolean endsWithNewline() {
        return !text.isEmpty() && (text.endsWith("\n") || text.endsWith("\r"));
    }

    /** Number of blank lines before the first line with content. */
    public int leadingBlankLines() {
        LineIndex lines = LineIndex.of(text);
        int count = 0;
        for (int line = 1; line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            if (!text.substring(start, lines.lineEnd(line, text)).isBlank()) {
                break;
            }
            count++;
        }
        return count;
    }

    /** The encoding problem of this text, if it is not valid UTF-8 (rule {@value #ENCODING_RULE}). */
    public List<Diagnostic> diagnostics() {
        int first = firstEscape();
        if (first < 0) {
            return List.of();
        }
        List<TextEdit> edits = new ArrayList<>();
        int count = 0;
        for (int i = first; i < text.length(); i++) {
            if (Utf8.isEscapeAt(text, i)) {
                count++;
                edits.add(TextEdit.replace(i, i + 1,
                        String.valueOf(Windows1252.decode(Utf8.escapedByte(text.charAt(i))))));
            }
        }
        int badByte = Utf8.escapedByte(text.charAt(first));
        LineIndex lines = LineIndex.of(text);
        String message = String.format(Locale.ROOT, "The file is not valid UTF-8: byte 0x%02X here%s cannot be "
                + "decoded and Hugo will show \uFFFD instead. Re-save the file as UTF-8, or let Recap Studio convert "
                + "the damaged bytes from Windows-1252.", badByte,
                count > 1 ? " and " + (count - 1) + " more" : "");
        Fix fix = new Fix("convert " + count + (count == 1 ? " byte" : " bytes") + " from Windows-1252", edits);
        return List.of(Diagnostic.at(lines, TextRange.of(first, first + 1), Severity.WARNING, ENCODING_RULE, message)
                .withFix(fix));
    }

    private int firstEscape() {
        for (int i = 0; i < text.length(); i++) {
            if (Utf8.isEscapeAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }
}
