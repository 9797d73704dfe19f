package io.recapstudio.core.shortcode;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shortcode structure of a text (or of a range of it): its top-level calls with their nested calls, the escaped
 * examples, the Markdown code regions found by a light scan, and the diagnostics. Offsets refer to the whole text.
 *
 * @param text        the text that was parsed
 * @param calls       the top-level calls in source order; each holds the calls inside its inner content
 * @param escapes     the escaped examples <code>{{&lt;/&#42; … &#42;/&gt;}}</code>, which are literal text
 * @param codeRegions fenced and indented code blocks and inline code spans, in source order
 * @param diagnostics unclosed, mismatched and malformed calls and mixed arguments, in source order
 */
public record ShortcodeDocument(String text, List<ShortcodeCall> calls, List<TextRange> escapes,
                                List<TextRange> codeRegions, List<Diagnostic> diagnostics) {

    public ShortcodeDocument {
        calls = List.copyOf(calls);
        escapes = List.copyOf(escapes);
        codeRegions = List.copyOf(codeRegions);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Every call, nested ones included, depth first in source order. */
    public List<ShortcodeCall> allCalls() {
        List<ShortcodeCall> out = new ArrayList<>();
        for (ShortcodeCall call : calls) {
            out.addAll(call.selfAndDescendants());
        }
        return out;
    }

    /** The innermost call whose range holds {@code offset} (the caret), if any. */
    public Optional<ShortcodeCall> callAt(int offset) {
        ShortcodeCall found = null;
        List<ShortcodeCall> level = calls;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (ShortcodeCall call : level) {
                if (call.range().contains(offset)) {
                    found = call;
                    level = call.children();
                    descended = true;
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** True when {@code offset} lies in a code block or inline code span. */
    public boolean isInsideCode(int offset) {
        return codeRegions.stream().anyMatch(r -> r.contains(offset));
    }

    /**
     * What Hugo prints for an escaped example: <code>{{&lt;/&#42; name &#42;/&gt;}}</code> becomes
     * {@code {{< name >}}} (the comment marks removed, everything else kept).
     */
    public String literalOf(TextRange escape) {
        String written = escape.of(text);
        if (written.length() < 10 || !written.startsWith("/*", 3) || !written.startsWith("*/", written.length() - 5)) {
            return written;
        }
        return written.substring(0, 3) + written.substring(5, written.length() - 5)
                + written.substring(written.length() - 3);
    }
}
