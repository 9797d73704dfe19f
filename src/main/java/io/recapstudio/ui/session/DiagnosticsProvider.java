package io.recapstudio.ui.session;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.workspace.SiteContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Computes the findings shown in the editor (underlines, status bar counts) for one text. Called off the FX thread;
 * must not touch UI state. Ranges refer to the LF text it was given.
 */
@FunctionalInterface
public interface DiagnosticsProvider {

    /**
     * @param post the post's file ({@code index.md} or a {@code .md}), or null for a post not saved yet
     * @param text the post's text with LF line endings
     */
    List<Diagnostic> diagnose(Path post, String text);

    /**
     * The findings for {@code text} in its site, as the post's session has loaded it (providers that read the site
     * take it from here and never open it themselves). By default the site is not needed.
     *
     * @param site the site context of the post's session ({@link SiteContext#none()} outside any site)
     */
    default List<Diagnostic> diagnose(Path post, String text, SiteContext site) {
        return diagnose(post, text);
    }

    /**
     * Like {@link #diagnose(Path, String, SiteContext)}, for text the user may replace meanwhile: a provider that
     * works in steps asks {@code cancelled} between them and throws
     * {@link io.recapstudio.core.check.CheckCancelledException} when it says yes. By default it runs to the end.
     */
    default List<Diagnostic> diagnose(Path post, String text, SiteContext site, BooleanSupplier cancelled) {
        return diagnose(post, text, site);
    }

    DiagnosticsProvider NONE = (post, text) -> List.of();

    /** A provider that runs every given provider and concatenates their findings. */
    static DiagnosticsProvider all(List<DiagnosticsProvider> providers) {
        List<DiagnosticsProvider> copy = List.copyOf(providers);
        return (post, text) -> {
            List<Diagnostic> out = new ArrayList<>();
            for (DiagnosticsProvider p : copy) {
                out.addAll(p.diagnose(post, text));
            }
            return out;
        };
    }
}
