package io.recapstudio.ui.session;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A post as read from disk: its file, its text as the editor shows it (LF line endings) and what is needed to write
 * an edited text back in the file's own style (line endings, byte order mark), byte for byte when nothing changed.
 */
public final class OpenedPost {

    private final Path file;
    private final String text;
    private final byte[] originalBytes;
    private final LineEndingRestorer restorer;

    OpenedPost(Path file, String text, byte[] originalBytes, LineEndingRestorer restorer) {
        this.file = file;
        this.text = text;
        this.originalBytes = originalBytes;
        this.restorer = restorer;
    }

    /** A new post that has never been saved; written with LF line endings and no byte order mark. */
    public static OpenedPost untitled(String text) {
        return new OpenedPost(null, text, null, LineEndingRestorer.LF);
    }

    /** The file it was read from ({@code index.md} or a {@code .md}); null for a new post. */
    public Path file() {
        return file;
    }

    /** The text with LF line endings, as the editor shows it. */
    public String text() {
        return text;
    }

    /** The bytes to write for {@code editedText}: the original bytes when it is unchanged. */
    public byte[] encode(String editedText) {
        if (originalBytes != null && editedText.equals(text)) {
            return originalBytes.clone();
        }
        return restorer.restore(editedText).getBytes(StandardCharsets.UTF_8);
    }

    /** A short description of the file's line endings for the status bar: LF, CRLF or mixed. */
    public String lineEndingLabel() {
        return restorer.label();
    }

    OpenedPost withFile(Path newFile, String savedText, byte[] savedBytes) {
        return new OpenedPost(newFile, savedText, savedBytes, restorer);
    }

    /** Turns the editor's LF text back into the file's line-ending style. */
    interface LineEndingRestorer {
        LineEndingRestorer LF = new LineEndingRestorer() {
            @Override
            public String restore(String lfText) {
                return lfText;
            }

            @Override
            public String label() {
                return "LF";
            }
        };

        String restore(String lfText);

        String label();
    }
}
