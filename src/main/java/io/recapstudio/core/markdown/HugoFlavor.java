package io.recapstudio.core.markdown;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * flexmark configured to produce what Hugo's Goldmark produces with Hugo's defaults: CommonMark plus tables,
 * strikethrough, linkify (https for bare www links), task lists, footnotes, definition lists and the typographer;
 * heading ids in Hugo's {@code github} style with {@code {#id}} attributes; raw HTML passed through or replaced by
 * {@code <!-- raw HTML omitted -->}. Immutable and safe to share between threads; every render gets fresh state.
 */
final class HugoFlavor {

    /** Written by the document renderer before each top-level block and once after the last one. */
    static final String BLOCK_MARK = "\uE000rs-block\uE001";

    private final boolean unsafeHtml;
    private final Parser parser;
    private final HtmlRenderer renderer;

    HugoFlavor(boolean unsafeHtml) {
        this.unsafeHtml = unsafeHtml;
        MutableDataSet options = new MutableDataSet();
        List<Extension> parsing = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), new Linkify(), FootnoteExtension.create(),
                DefinitionExtension.create(), TypographicExtension.create(), new GoldmarkHtml.Extension(unsafeHtml));
        options.set(Parser.EXTENSIONS, parsing);
        // GFM tables as Goldmark reads them: one header row, missing cells filled, extra ones dropped, no spans.
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        // Goldmark's typographer has no spaced ellipsis (". . .").
        options.set(TypographicExtension.ELLIPSIS_SPACED, ". . .");
        options.set(TaskListExtension.ITEM_DONE_MARKER, "<input checked=\"\" disabled=\"\" type=\"checkbox\"> ");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<input disabled=\"\" type=\"checkbox\"> ");
        options.set(TaskListExtension.TIGHT_ITEM_CLASS, "");
        options.set(TaskListExtension.LOOSE_ITEM_CLASS, "");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.HARD_BREAK, "<br>\n");
        options.set(HtmlRenderer.AUTOLINK_WWW_PREFIX, "https://");
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        parser = Parser.builder(options).build();

        // The renderer gets every extension but the footnotes' own renderer: GoldmarkHtml writes Goldmark's markup.
        List<Extension> rendering = new ArrayList<>(parsing);
        rendering.removeIf(FootnoteExtension.class::isInstance);
        MutableDataSet rendererOptions = new MutableDataSet(options);
        rendererOptions.set(Parser.EXTENSIONS, rendering);
        renderer = HtmlRenderer.builder(rendererOptions).build();
    }

    boolean unsafeHtml() {
        return unsafeHtml;
    }

    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** The HTML of {@code document}, with {@link #BLOCK_MARK} lines before each top-level block and at the end. */
    String render(Document document) {
        return renderer.render(document);
    }
}
