package io.recapstudio.core.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Map;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * The node renderers where flexmark's markup differs from Goldmark's as Hugo configures it: void elements without
 * a slash, table alignment as a style, footnotes, heading ids and attributes, Hugo's code block wrapper, and raw HTML
 * replaced by {@code <!-- raw HTML omitted -->} when the site does not allow it. The document renderer also marks
 * the top-level blocks so the pipeline can cut the HTML into blocks without rendering each one separately.
 */
final class GoldmarkHtml implements PhasedNodeRenderer {

    static final String RAW_HTML_OMITTED = "<!-- raw HTML omitted -->";

    private final boolean unsafeHtml;
    private Map<Heading, HeadingIds.HeadingId> headingIds = Map.of();
    private FootnoteNumbers footnotes = FootnoteNumbers.NONE;

    private GoldmarkHtml(boolean unsafeHtml) {
        this.unsafeHtml = unsafeHtml;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Document.class, this::renderDocument),
                new NodeRenderingHandler<>(Heading.class, this::renderHeading),
                new NodeRenderingHandler<>(Image.class, this::renderImage),
                new NodeRenderingHandler<>(ThematicBreak.class, (node, context, html) -> html.line().raw("<hr>")
                        .line()),
                new NodeRenderingHandler<>(TableCell.class, this::renderTableCell),
                new NodeRenderingHandler<>(DefinitionItem.class, this::renderDefinition),
                new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFencedCode),
                new NodeRenderingHandler<>(Footnote.class, this::renderFootnoteReference),
                new NodeRenderingHandler<>(FootnoteBlock.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(HtmlBlock.class, this::renderHtmlBlock),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, this::renderHtmlBlock),
                new NodeRenderingHandler<>(HtmlInline.class, this::renderHtmlInline),
                new NodeRenderingHandler<>(HtmlInlineComment.class, this::renderHtmlInline));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    @Override
    public void renderDocument(@NotNull NodeRendererContext context, @NotNull HtmlWriter html,
                               @NotNull Document document, @NotNull RenderingPhase phase) {
        if (phase == RenderingPhase.BODY_BOTTOM && !footnotes.blocks().isEmpty()) {
            html.line().raw("<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n");
            for (FootnoteBlock block : footnotes.blocks()) {
                renderFootnote(block, context, html);
            }
            html.line().raw("</ol>\n</div>").line();
        }
    }

    private void renderDocument(Document document, NodeRendererContext context, HtmlWriter html) {
        headingIds = HeadingIds.assign(document);
        footnotes = FootnoteNumbers.of(document);
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            html.line().raw(HugoFlavor.BLOCK_MARK).line();
            context.render(child);
        }
        html.line().raw(HugoFlavor.BLOCK_MARK).line();
    }

    private void renderHeading(Heading node, NodeRendererContext context, HtmlWriter html) {
        HeadingIds.HeadingId id = headingIds.get(node);
        StringBuilder open = new StringBuilder("<h").append(node.getLevel());
        if (id != null) {
            open.append(" id=\"").append(Escaping.escapeHtml(id.id(), true)).append('"');
            for (Map.Entry<String, String> attribute : id.attributes().entrySet()) {
                open.append(' ').append(attribute.getKey()).append("=\"")
                        .append(Escaping.escapeHtml(attribute.getValue(), true)).append('"');
            }
        }
        html.line().raw(open.append('>'));
        context.renderChildren(node);
        html.raw("</h" + node.getLevel() + ">").line();
    }

    private void renderImage(Image node, NodeRendererContext context, HtmlWriter html) {
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        ResolvedLink link = context.resolveLink(LinkType.IMAGE, node.getUrl().unescape(), null, null);
        StringBuilder img = new StringBuilder("<img src=\"").append(Escaping.escapeHtml(link.getUrl(), true))
                .append("\" alt=\"").append(Escaping.escapeHtml(alt, true)).append('"');
        if (node.getTitle().isNotNull()) {
            img.append(" title=\"").append(Escaping.escapeHtml(node.getTitle().unescape(), true)).append('"');
        }
        html.raw(img.append('>'));
    }

    private void renderTableCell(TableCell node, NodeRendererContext context, HtmlWriter html) {
        String tag = node.isHeader() ? "th" : "td";
        // Goldmark gives cells it adds to a short row no alignment.
        boolean added = node.getChars().isEmpty();
        String style = node.getAlignment() == null || added ? ""
                : " style=\"text-align:" + node.getAlignment().name().toLowerCase(java.util.Locale.ROOT) + "\"";
        html.line().raw("<" + tag + style + ">");
        context.renderChildren(node);
        html.raw("</" + tag + ">").line();
    }

    /** Hugo's highlighter wraps code in {@code pre tabindex="0"}; with a language also in a highlight div. */
    private void renderFencedCode(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        String language = node.getInfo().isBlank() ? ""
                : node.getInfoDelimitedByAny(CharPredicate.anyOf(" \t{")).unescape();
        String code = Escaping.escapeHtml(node.getContentChars().normalizeEOL(), false);
        html.line();
        if (language.isEmpty()) {
            html.raw("<pre tabindex=\"0\"><code>").rawPre(code).raw("</code></pre>");
        } else {
            String lang = Escaping.escapeHtml(language, true);
            html.raw("<div class=\"highlight\"><pre tabindex=\"0\"><code class=\"language-" + lang
                    + "\" data-lang=\"" + lang + "\">").rawPre(code).raw("</code></pre></div>");
        }
        html.line();
    }

    private void renderFootnoteReference(Footnote node, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock block = node.getFootnoteBlock();
        if (block == null) {
            html.raw("[^");
            context.renderChildren(node);
            html.raw("]");
            return;
        }
        int ordinal = footnotes.ordinal(block);
        html.raw("<sup id=\"" + referenceId(ordinal, footnotes.referenceIndex(node)) + "\"><a href=\"#fn:" + ordinal
                + "\" class=\"footnote-ref\" role=\"doc-noteref\">" + ordinal + "</a></sup>");
    }

    private static String referenceId(int ordinal, int referenceOrdinal) {
        return referenceOrdinal == 0 ? "fnref:" + ordinal : "fnref" + referenceOrdinal + ":" + ordinal;
    }

    /** Goldmark puts the back links inside the note's last paragraph, or after the note when it ends otherwise. */
    private void renderFootnote(FootnoteBlock block, NodeRendererContext context, HtmlWriter html) {
        int ordinal = footnotes.ordinal(block);
        StringBuilder backLinks = new StringBuilder();
        for (int i = 0; i < footnotes.references(block); i++) {
            backLinks.append("&#160;<a href=\"#").append(referenceId(ordinal, i))
                    .append("\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a>");
        }
        html.line().raw("<li id=\"fn:" + ordinal + "\">").line();
        Node last = block.getLastChild();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child == last && child instanceof Paragraph) {
                html.line().raw("<p>");
                context.renderChildren(child);
                html.raw(backLinks).raw("</p>").line();
            } else {
                context.render(child);
            }
        }
        if (!(last instanceof Paragraph)) {
            html.raw(backLinks).line();
        }
        html.line().raw("</li>").line();
    }

    /** Goldmark makes a description loose only when a blank line comes right before its colon line. */
    private void renderDefinition(DefinitionItem node, NodeRendererContext context, HtmlWriter html) {
        if (isAfterBlankLine(node)) {
            html.line().raw("<dd>").line();
            context.renderChildren(node);
            html.line().raw("</dd>").line();
            return;
        }
        html.line().raw("<dd>");
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                context.renderChildren(child);
            } else {
                context.render(child);
            }
        }
        html.raw("</dd>").line();
    }

    private static boolean isAfterBlankLine(Node node) {
        BasedSequence base = node.getChars().getBaseSequence();
        int lineStart = node.getStartOffset();
        while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        if (lineStart == 0) {
            return false;
        }
        int previousStart = lineStart - 1;
        while (previousStart > 0 && base.charAt(previousStart - 1) != '\n') {
            previousStart--;
        }
        return base.subSequence(previousStart, lineStart).isBlank();
    }

    private void renderHtmlBlock(Node node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        if (unsafeHtml) {
            html.rawPre(node.getChars().trimEnd().normalizeEOL());
        } else {
            html.raw(RAW_HTML_OMITTED);
        }
        html.line();
    }

    private void renderHtmlInline(Node node, NodeRendererContext context, HtmlWriter html) {
        html.rawPre(unsafeHtml ? node.getChars().normalizeEOL() : RAW_HTML_OMITTED);
    }

    /** Registers the heading attribute pre-processor with the parser and these renderers with the HTML renderer. */
    static final class Extension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

        private final boolean unsafeHtml;

        Extension(boolean unsafeHtml) {
            this.unsafeHtml = unsafeHtml;
        }

        @Override
        public void parserOptions(MutableDataHolder options) {
            // nothing to set
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.blockPreProcessorFactory(new HeadingIds.AttributeStripper());
        }

        @Override
        public void rendererOptions(@NotNull MutableDataHolder options) {
            // nothing to set
        }

        @Override
        public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
            builder.nodeRendererFactory(options -> new GoldmarkHtml(unsafeHtml));
        }
    }
}
