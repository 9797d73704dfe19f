package io.recapstudio.core.check;

import io.recapstudio.core.text.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The foundation's checks: encoding (invalid UTF-8), front-matter syntax, shortcode syntax (unclosed, mismatched,
 * malformed, mixed arguments) and mojibake, each with the position its parser found.
 */
final class SyntaxRule implements CheckRule {

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> found = new ArrayList<>(context.post().diagnostics());
        found.addAll(context.shortcodes().diagnostics());
        String text = context.text();
        found.addAll(MojibakeDetector.check(text, 0, text.length(), context.lines()));
        return found;
    }
}
