/**
 * The one render pipeline, shared by the preview, {@code recap render} and the export checks.
 *
 * <p>{@link io.recapstudio.core.markdown.MarkdownRenderer#render} takes an immutable
 * {@link io.recapstudio.core.markdown.RenderInput} (the post's text, its bundle folder, a version number and
 * {@link io.recapstudio.core.markdown.RenderOptions}) and gives a {@link io.recapstudio.core.markdown.RenderResult}:
 * the body's HTML, its top-level {@link io.recapstudio.core.markdown.RenderedBlock blocks} with their source lines
 * and stable keys, and the diagnostics. Markdown is rendered as Hugo 0.111's Goldmark renders it with Hugo's
 * defaults; shortcodes run where and as Hugo runs them, each through a
 * {@link io.recapstudio.core.markdown.ShortcodeRenderer} of a {@link io.recapstudio.core.markdown.ShortcodeRenderers}
 * catalog — the one step that differs between the preview (offline stand-ins, see
 * {@link io.recapstudio.core.markdown.preview.PreviewShortcodes}) and other uses.
 */
package io.recapstudio.core.markdown;
