package io.recapstudio.core.markdown;

import io.recapstudio.core.text.Severity;
import java.nio.file.Path;
import java.util.Optional;

/** What a {@link ShortcodeRenderer} may use while it renders one call. */
public interface ShortcodeContext {

    /** The options of this render. */
    RenderOptions options();

    /** The page bundle folder the post lives in, if it has one; images are looked up there. */
    Optional<Path> bundleDir();

    /** The bundle's images as Hugo's page resources, for {@code GetMatch} and {@code Match}. */
    BundleImages images();

    /**
     * Hugo's {@code markdownify}: {@code markdown} rendered with the site's Markdown settings, the {@code <p>}
     * around a single paragraph dropped. Use it on the call's inner content or on an argument such as a caption.
     */
    String markdownify(String markdown);

    /** The URL under which the rendered page shows {@code file} (a file: URL in the preview, data: standalone). */
    String urlFor(Path file);

    /** Records a problem at the call's position without failing it (e.g. an ambiguous image name). */
    void report(Severity severity, String rule, String message);
}
