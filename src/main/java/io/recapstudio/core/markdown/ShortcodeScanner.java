package io.recapstudio.core.markdown;

import io.recapstudio.core.text.TextRange;
import java.util.List;
import java.util.Map;

/** Finds the shortcode calls of a Markdown text: the pipeline's seam to the shortcode parser. */
interface ShortcodeScanner {

    /** The calls in {@code text} between {@code from} and {@code to}, outermost only, with problems found. */
    Scan scan(String text, int from, int to);

    /** One call with its offsets in the scanned text. */
    record Call(String name, boolean markdown, List<String> positional, Map<String, String> named, TextRange range,
                TextRange inner) {
    }

    /** A call the parser could not make sense of (unclosed, mismatched closing tag, bad quoting). */
    record Problem(TextRange range, String rule, String message) {
    }

    record Scan(List<Call> calls, List<Problem> problems) {
    }
}
