package io.recapstudio.ui.session;

import io.recapstudio.core.post.LineEndings;
import io.recapstudio.core.post.Post;
import io.recapstudio.core.text.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * A post as read from disk (a core {@link Post}) and its text as the editor shows it, with LF line breaks. Writing
 * an edited text back gives every line its original line break ({@link LineEndings#restore}) and the bytes of an
 * unedited post are written back exactly as they were read.
 */
public final class OpenedPost {

    private final Path file;
    private final Post post;
    private final String text;
    private final DiskStamp stamp;

    OpenedPost(Path file, Post post, DiskStamp stamp) {
        this.file = file;
        this.post = post;
        this.text = LineEndings.toLf(post.text());
        this.stamp = stamp;
    }

    /** A new post that has never been saved; written with LF line breaks and no byte order mark. */
    public static OpenedPost untitled(String text) {
        return new OpenedPost(null, Post.ofText(text), null);
    }

    /** The file it was read from ({@code index.md} or a {@code .md}); null for a new post. */
    public Path file() {
        return file;
    }

    /** What the file held when this was read or written (null for a new post). */
    public DiskStamp stamp() {
        return stamp;
    }

    /** The text with LF line endings, as the editor shows it. */
    public String text() {
        return text;
    }

    /** The core post as read (original line breaks, byte order mark, front matter). */
    public Post post() {
        return post;
    }

    /** The core post holding {@code editedText} (LF) with the file's own line breaks restored. */
    public Post edited(String editedText) {
        return post.withText(LineEndings.restore(post.text(), editedText));
    }

    /** The bytes to write for {@code editedText}: the original bytes when it is unchanged. */
    public byte[] encode(String editedText) {
        return edited(editedText).toBytes();
    }

    /** Problems found while reading (invalid UTF-8, broken front matter), with the file's path. */
    public List<Diagnostic> readProblems() {
        return post.diagnostics();
    }

    /** The file's line breaks for the status bar: LF, CRLF, CR, or mixed. */
    public String lineEndingLabel() {
        LineEndings endings = post.source().lineEndings();
        String dominant = endings.dominant().name();
        return endings.isMixed() ? dominant + " (mixed)" : dominant;
    }

    OpenedPost saved(Path newFile, byte[] written, DiskStamp writtenStamp) {
        return new OpenedPost(newFile, Post.parse(written, newFile), writtenStamp);
    }

    /** The post as {@code bytes} just read from {@code file} say (a reload after another program changed it). */
    public static OpenedPost fromDisk(Path file, byte[] bytes, DiskStamp stamp) {
        return new OpenedPost(file, Post.parse(bytes, file), stamp);
    }
}
