package io.recapstudio.ui;

import io.recapstudio.core.check.MojibakeDetector;
import io.recapstudio.core.shortcode.ShortcodeParser;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.ui.session.DiagnosticsProvider;
import io.recapstudio.ui.session.FrontMatterSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The core checks the editor underlines as the author types: shortcode syntax (unclosed, mismatched, malformed calls,
 * mixed arguments) in the body, and mojibake anywhere in the post.
 */
final class CoreChecks implements DiagnosticsProvider {

    @Override
    public List<Diagnostic> diagnose(Path post, String text) {
        List<Diagnostic> found = new ArrayList<>();
        found.addAll(ShortcodeParser.parse(text, FrontMatterSpan.bodyStart(text), text.length(),
                io.recapstudio.core.shortcode.ShortcodeKinds.builtIn()).diagnostics());
        found.addAll(MojibakeDetector.check(text));
        found.sort(Diagnostic.ORDER);
        return found.stream().map(d -> post == null ? d : d.withPath(post)).toList();
    }
}
