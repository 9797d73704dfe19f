package io.recapstudio.core.shortcode;

import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One shortcode call with its source positions.
 *
 * @param name         the shortcode's name, e.g. {@code imgproc} or {@code blocks/cover}
 * @param delimiter    the delimiter of its opening tag
 * @param range        the whole call: opening tag to the end of the closing tag (or the opening tag alone)
 * @param openingRange the opening tag, delimiters included
 * @param nameRange    the name inside the opening tag
 * @param closingRange the closing tag {@code {{< /name >}}}, when the call is closed
 * @param innerRange   the text between the tags, when the call is closed
 * @param selfClosing  true for {@code {{< name />}}}
 * @param arguments    the arguments of the opening tag
 * @param insideCode   true when the call starts in a fenced or indented code block or an inline code span; Hugo
 *                     still runs it there
 * @param children     the calls inside the inner content, in order
 */
public record ShortcodeCall(String name, Delimiter delimiter, TextRange range, TextRange openingRange,
                            TextRange nameRange, Optional<TextRange> closingRange, Optional<TextRange> innerRange,
                            boolean selfClosing, Arguments arguments, boolean insideCode,
                            List<ShortcodeCall> children) {

    public ShortcodeCall {
        if (name == null || delimiter == null || range == null || openingRange == null || nameRange == null
                || closingRange == null || innerRange == null || arguments == null) {
            throw new IllegalArgumentException("every part of a call is required");
        }
        if (closingRange.isPresent() != innerRange.isPresent()) {
            throw new IllegalArgumentException("a closed call has both a closing tag and inner content");
        }
        children = List.copyOf(children);
    }

    /** True when the call has a closing tag (and so inner content). */
    public boolean isClosed() {
        return closingRange.isPresent();
    }

    /** The inner content's text, empty when the call is not closed. */
    public String inner(CharSequence text) {
        return innerRange.map(r -> r.of(text)).orElse("");
    }

    /** This call and every call nested in it, depth first, in source order. */
    public List<ShortcodeCall> selfAndDescendants() {
        List<ShortcodeCall> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(ShortcodeCall call, List<ShortcodeCall> out) {
        out.add(call);
        for (ShortcodeCall child : call.children) {
            collect(child, out);
        }
    }
}
