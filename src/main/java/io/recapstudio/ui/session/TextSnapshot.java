package io.recapstudio.ui.session;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An immutable view of a post's editor text at one version. The editor publishes a snapshot after typing pauses;
 * readers call {@link #text()} on any thread (for a lazy snapshot the string is built on first use, so the FX thread
 * never copies a large document). Text is LF-only: line endings are restored on save.
 */
public final class TextSnapshot {

    private final long version;
    private Supplier<String> source;
    private volatile String text;

    private TextSnapshot(long version, String text, Supplier<String> source) {
        this.version = version;
        this.text = text;
        this.source = source;
    }

    public static TextSnapshot of(long version, String text) {
        return new TextSnapshot(version, Objects.requireNonNull(text), null);
    }

    /** A snapshot whose text is produced by {@code source} (an immutable document) when first asked for. */
    public static TextSnapshot lazy(long version, Supplier<String> source) {
        return new TextSnapshot(version, null, Objects.requireNonNull(source));
    }

    /** Increases by at least one with every edit of the post. */
    public long version() {
        return version;
    }

    /** The text, LF line endings. Thread-safe. */
    public String text() {
        String t = text;
        if (t == null) {
            synchronized (this) {
                if (text == null) {
                    text = source.get();
                    source = null;
                }
                t = text;
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return "TextSnapshot[v" + version + "]";
    }
}
