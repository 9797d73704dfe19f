package io.recapstudio.core.shortcode;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shortcode calls of a post's Markdown into a {@link ShortcodeDocument}. Never throws on content: what
 * Hugo would reject becomes a diagnostic with its line and column ({@code shortcode-unclosed},
 * {@code shortcode-mismatched}, {@code shortcode-malformed}, {@code shortcode-mixed-args}), and the parser reads on.
 *
 * <p>Calls inside code blocks and inline code are parsed like any other, because Hugo runs them there too; they are
 * marked {@link ShortcodeCall#insideCode()}. Escaped examples <code>{{&lt;/&#42; … &#42;/&gt;}}</code> are literal
 * text.
 */
public final class ShortcodeParser {

    private ShortcodeParser() {
    }

    /**
     * Parses {@code text[from, to)} (typically the post's body after the front matter). Offsets, lines and columns
     * in the result refer to the whole {@code text}.
     *
     * @param kinds which shortcodes take inner content; decides whether an unclosed call is an error
     */
    public static ShortcodeDocument parse(String text, int from, int to, ShortcodeKinds kinds) {
        if (from < 0 || to < from || to > text.length()) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") outside a text of " + text.length());
        }
        LineIndex lines = LineIndex.of(text);
        TagReader reader = new TagReader(text, from, to, lines);
        reader.read();
        List<TextRange> opaque = new ArrayList<>(reader.escapes());
        reader.tags().forEach(tag -> opaque.add(tag.range()));
        opaque.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<TextRange> code = MarkdownCodeRegions.find(text, from, to, opaque);
        TagPairing pairing = new TagPairing(kinds, lines, offset -> contains(code, offset));
        List<ShortcodeCall> calls = pairing.pair(reader.tags());
        List<Diagnostic> diagnostics = new ArrayList<>(reader.diagnostics());
        diagnostics.addAll(pairing.diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        return new ShortcodeDocument(text, calls, reader.escapes(), code, diagnostics);
    }

    /** Parses a whole text. */
    public static ShortcodeDocument parse(String text, ShortcodeKinds kinds) {
        return parse(text, 0, text.length(), kinds);
    }

    /** Parses a whole text with the {@linkplain ShortcodeKinds#builtIn() built-in kinds}. */
    public static ShortcodeDocument parse(String text) {
        return parse(text, ShortcodeKinds.builtIn());
    }

    private static boolean contains(List<TextRange> sorted, int offset) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            TextRange r = sorted.get(mid);
            if (r.end() <= offset) {
                low = mid + 1;
            } else if (r.start() > offset) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
