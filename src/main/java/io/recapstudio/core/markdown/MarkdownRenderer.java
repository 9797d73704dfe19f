package io.recapstudio.core.markdown;

import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterFormat;
import io.recapstudio.core.shortcode.ShortcodeKinds;
import io.recapstudio.core.shortcode.ShortcodeParser;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * The one render pipeline, shared by the preview, {@code recap render} and the export checks: front matter skipped,
 * shortcodes run through a {@link ShortcodeRenderers} as Hugo runs them, Markdown rendered as Hugo's Goldmark renders
 * it, then the result cut into top-level blocks that know their source lines.
 *
 * <p>Thread-safe: one instance can serve a background render thread and the command line at once. Each
 * {@link #render} works on its own state; what renders share is a cache of rendered Markdown pieces and the bundle
 * images' cache, so a keystroke re-renders only the piece it touched.
 */
public final class MarkdownRenderer {

    private final HugoFlavor unsafeFlavor = new HugoFlavor(true);
    private final HugoFlavor safeFlavor = new HugoFlavor(false);
    private final ShortcodeRenderers catalog;
    private final BundleImagesProvider images;
    private final ShortcodeKinds kinds;
    private final ChunkedMarkdown markdown = new ChunkedMarkdown();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /**
     * @param catalog the shortcode renderers (the preview's stand-ins, or another last step)
     * @param images  the bundles' images; one provider per renderer, so what it reads from disk is reused
     */
    public MarkdownRenderer(ShortcodeRenderers catalog, BundleImagesProvider images) {
        this(catalog, images, ShortcodeKinds.builtIn());
    }

    /**
     * @param kinds which shortcodes take inner content, for pairing tags as Hugo does (the site's catalog knows the
     *              site's own shortcodes; {@link ShortcodeKinds#builtIn()} otherwise)
     */
    public MarkdownRenderer(ShortcodeRenderers catalog, BundleImagesProvider images, ShortcodeKinds kinds) {
        this.catalog = catalog;
        this.images = images;
        this.kinds = kinds;
    }

    /** Renders {@code input}; never throws for anything in the post's text (problems become diagnostics). */
    public RenderResult render(RenderInput input) {
        String text = input.text().replace(HugoFlavor.BLOCK_MARK.charAt(0), '\uFFFD');
        RenderInput clean = text.equals(input.text()) ? input
                : new RenderInput(text, input.bundleDir(), input.version(), input.options());
        HugoFlavor flavor = clean.options().unsafeHtml() ? unsafeFlavor : safeFlavor;
        FrontMatter frontMatter = FrontMatter.parse(text);
        int bodyStart = bodyStart(frontMatter);
        RenderJob job = new RenderJob(clean, flavor, ShortcodeParser.parse(text, bodyStart, text.length(), kinds),
                catalog, images.open(clean.bundle(), frontMatter.resources()));
        RenderJob.Expanded expanded = job.expand(text, bodyStart, text.length());
        List<RawBlock> raw = markdown.blocks(expanded.map().markdown(), flavor);
        List<RenderedBlock> blocks = new ArrayList<>();
        if (clean.options().pageHeader()) {
            int headerEnd = job.lines().line(Math.max(0, bodyStart - 1));
            PageHeader.html(frontMatter, job).map(header -> sanitizer.sanitize(header, loads(job, 1)))
                    .filter(header -> !header.isEmpty()).ifPresent(header -> blocks.add(
                    new RenderedBlock(BlockKeys.hash(header) + "-header", header, 1, Math.max(1, headerEnd))));
        }
        blocks.addAll(blocks(job, raw, expanded));
        StringBuilder html = new StringBuilder();
        blocks.forEach(block -> html.append(block.html()).append('\n'));
        List<Diagnostic> diagnostics = new ArrayList<>(job.diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        return new RenderResult(input.version(), html.toString(), blocks, diagnostics);
    }

    /** How the sanitiser decides the loading elements of a block starting at {@code line}, for this render. */
    private static LoadingElements.Context loads(RenderJob job, int line) {
        RenderInput input = job.input();
        int at = job.lines().lineStart(Math.min(line, job.lines().lineCount()));
        return new LoadingElements.Context(input.bundleDir(), input.options().offline(), job::urlFor, job::issued,
                message -> job.report(TextRange.empty(at), Severity.WARNING, RuleId.PATH_OUTSIDE_BUNDLE.id(), message));
    }

    /**
     * Where the body starts. Hugo reads any post starting with "{" as JSON front matter and fails on
     * <code>{{&lt; x &gt;}}</code>; the preview shows such a post's body from the top instead.
     */
    private static int bodyStart(FrontMatter frontMatter) {
        boolean jsonThatIsNot = frontMatter.format().filter(f -> f == FrontMatterFormat.JSON).isPresent()
                && !frontMatter.isValid();
        return jsonThatIsNot ? 0 : frontMatter.bodyStart();
    }

    private List<RenderedBlock> blocks(RenderJob job, List<RawBlock> raw, RenderJob.Expanded expanded) {
        SourceMap map = expanded.map();
        List<RenderedBlock> blocks = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int firstNoteLine = Integer.MAX_VALUE;
        int lastNoteLine = 0;
        for (RawBlock block : raw) {
            if (block.footnote() && block.start() == block.end()) {
                // the footnotes block, last: it shows the definitions, so it maps to their lines
                int lastLine = job.lines().lineCount();
                add(blocks, seen, job, Placeholders.replace(block.html(), expanded.outputs()),
                        lastNoteLine == 0 ? lastLine : firstNoteLine, lastNoteLine == 0 ? lastLine : lastNoteLine);
                continue;
            }
            int first = job.lines().line(map.sourceOf(block.start()));
            int last = job.lines().line(Math.max(map.sourceOf(block.start()), map.sourceEndOf(block.end()) - 1));
            if (block.footnote()) {
                firstNoteLine = Math.min(firstNoteLine, first);
                lastNoteLine = Math.max(lastNoteLine, last);
            }
            add(blocks, seen, job, Placeholders.replace(block.html(), expanded.outputs()), first, last);
        }
        return blocks;
    }

    private void add(List<RenderedBlock> blocks, Map<String, Integer> seen, RenderJob job, String html, int first,
                     int last) {
        if (html.isEmpty()) {
            return;
        }
        String guarded = sanitizer.sanitize(html, loads(job, first));
        if (guarded.isEmpty()) {
            return;
        }
        String hash = BlockKeys.hash(guarded);
        int occurrence = seen.merge(hash, 1, Integer::sum);
        blocks.add(new RenderedBlock(hash + "-" + occurrence, guarded, first, last));
    }
}
