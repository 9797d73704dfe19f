package io.recapstudio.core.markdown;

/**
 * Renders one shortcode to HTML: the last step of the pipeline that differs between the preview (offline stand-ins
 * for what the site's templates produce) and other uses. Implementations must be thread-safe: the pipeline may run
 * on several threads, and a renderer instance is shared.
 */
@FunctionalInterface
public interface ShortcodeRenderer {

    /**
     * The HTML for {@code call}. For {@code {{< >}}} calls it is inserted as it is after Markdown; for
     * {@code {{% %}}} calls it becomes part of the Markdown, as Hugo does.
     *
     * @throws ShortcodeException when the call cannot be rendered (image not found, bad spec, …); the pipeline
     *                            shows a red error box with the message and records an error diagnostic
     */
    String render(ShortcodeInvocation call, ShortcodeContext context) throws ShortcodeException;
}
