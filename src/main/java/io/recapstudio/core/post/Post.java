package io.recapstudio.core.post;

import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.TextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Markdown post: its text (with the original line breaks), its front matter and where the body starts, plus what
 * is needed to write it back byte for byte. Immutable; an edit gives a new {@code Post}.
 *
 * <p>Guarantees: {@link #toBytes()} of a post nobody edited is exactly the bytes that were read (BOM, line breaks,
 * trailing newline or its absence, undecodable bytes included); after an edit, every byte outside the edited ranges
 * is unchanged. Reading never fails on content: malformed front matter and encoding problems are
 * {@link #diagnostics()}.
 */
public final class Post {

    private final Path path;
    private final SourceText source;
    private final FrontMatter frontMatter;

    private Post(Path path, SourceText source) {
        this.path = path;
        this.source = source;
        this.frontMatter = FrontMatter.parse(source.text());
    }

    /**
     * Reads the post at {@code file}.
     *
     * @throws IOException when the file cannot be read
     */
    public static Post read(Path file) throws IOException {
        return new Post(file, SourceText.decode(Files.readAllBytes(file)));
    }

    /** A post decoded from {@code bytes}; {@code path} (may be null) is used in diagnostics and by {@link #write()}. */
    public static Post parse(byte[] bytes, Path path) {
        return new Post(path, SourceText.decode(bytes));
    }

    /** A new post (no file yet) with {@code text}. */
    public static Post ofText(String text) {
        return new Post(null, SourceText.of(text));
    }

    /** The file the post was read from, or null. */
    public Path path() {
        return path;
    }

    /** The text, without byte order mark, with its original line breaks. */
    public String text() {
        return source.text();
    }

    /** The decoded text with what is needed to encode it back. */
    public SourceText source() {
        return source;
    }

    /** The parsed front matter (possibly absent or with diagnostics). */
    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** Offset in {@link #text()} where the body starts (after the front matter block). */
    public int bodyStart() {
        return frontMatter.bodyStart();
    }

    /** The Markdown body. */
    public String body() {
        return source.text().substring(bodyStart());
    }

    /** Encoding and front matter problems, with this post's path. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        source.diagnostics().forEach(d -> out.add(d.withPath(path)));
        frontMatter.diagnostics().forEach(d -> out.add(d.withPath(path)));
        out.sort(Diagnostic.ORDER);
        return out;
    }

    /** The same post (file, BOM, original bytes) with a new text. */
    public Post withText(String newText) {
        return new Post(path, source.withText(Objects.requireNonNull(newText)));
    }

    /** The post with {@code edits} (against {@link #text()}) applied. */
    public Post apply(List<TextEdit> edits) {
        return edits.isEmpty() ? this : withText(TextEdit.applyAll(text(), edits));
    }

    /** True when the text differs from what was read. */
    public boolean isModified() {
        return source.isModified();
    }

    /** The bytes to write: the original bytes when unedited. */
    public byte[] toBytes() {
        return source.encode();
    }

    /**
     * Writes the post to {@code target} atomically.
     *
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    public void write(Path target) throws IOException {
        AtomicFiles.write(target, toBytes());
    }

    /**
     * Writes the post back to the file it was read from, atomically.
     *
     * @throws IllegalStateException when the post was not read from a file
     * @throws IOException           when the file cannot be written; it is then unchanged
     */
    public void write() throws IOException {
        if (path == null) {
            throw new IllegalStateException("this post has no file yet; use write(Path)");
        }
        write(path);
    }
}
