package io.recapstudio.core.markdown;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.shortcode.Argument;
import io.recapstudio.core.shortcode.Delimiter;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.shortcode.ShortcodeDocument;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One render of one post: turns a text region into the Markdown flexmark sees, running each shortcode on the way
 * (Hugo's order: {@code {{% %}}} output spliced into the Markdown, {@code {{< >}}} output kept aside behind a
 * placeholder and put back after Markdown), and collects the diagnostics. Not thread-safe; one per render.
 */
final class RenderJob {

    static final int MAX_DEPTH = 8;
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");

    /** The Markdown for a region, and the {@code {{< >}}} outputs its placeholders stand for. */
    record Expanded(SourceMap map, List<String> outputs) {
    }

    private final RenderInput input;
    private final LineIndex lines;
    private final HugoFlavor flavor;
    private final ShortcodeDocument shortcodes;
    private final ShortcodeRenderers catalog;
    private final BundleImages images;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * @param shortcodes the post's calls as the shortcode parser read them (its diagnostics are reported here)
     */
    RenderJob(RenderInput input, HugoFlavor flavor, ShortcodeDocument shortcodes, ShortcodeRenderers catalog,
              BundleImages images) {
        this.input = input;
        this.lines = LineIndex.of(input.text());
        this.flavor = flavor;
        this.shortcodes = shortcodes;
        this.catalog = catalog;
        this.images = images;
        diagnostics.addAll(shortcodes.diagnostics());
    }

    LineIndex lines() {
        return lines;
    }

    HugoFlavor flavor() {
        return flavor;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The Markdown for the post's {@code source[from, to)}: {@code {{% %}}} output spliced in, {@code {{< >}}}
     * output kept aside behind placeholders numbered like Hugo's (by the call's ordinal in the page).
     */
    Expanded expand(String source, int from, int to) {
        SourceMap map = new SourceMap();
        List<String> outputs = new ArrayList<>();
        walk(source, from, to, shortcodes.calls(), 0, new Sink() {
            @Override
            public void text(int start, int end) {
                map.copy(source, start, end);
            }

            @Override
            public void literal(String text, int start, int end) {
                map.insert(text, start, end);
            }

            @Override
            public void call(ShortcodeCall call, String output) {
                int ordinal = outputs.size();
                if (call.delimiter() == Delimiter.PERCENT) {
                    map.insert(withoutBlankLines(output), call.range().start(), call.range().end());
                    outputs.add(null);
                } else {
                    map.insert(placeholder(ordinal), call.range().start(), call.range().end());
                    outputs.add(output);
                }
            }
        });
        return new Expanded(map, outputs);
    }

    /** Hugo's {@code .Inner}: the call's inner text with the calls in it replaced by their output. */
    String expandInner(String source, ShortcodeCall call, TextRange range, int depth) {
        StringBuilder inner = new StringBuilder(range.length());
        walk(source, range.start(), range.end(), call.children(), depth, new Sink() {
            @Override
            public void text(int start, int end) {
                inner.append(source, start, end);
            }

            @Override
            public void literal(String text, int start, int end) {
                inner.append(text);
            }

            @Override
            public void call(ShortcodeCall call, String output) {
                inner.append(output);
            }
        });
        return inner.toString();
    }

    /** Receives a region's pieces in order: plain text, literal replacements (unescaped calls), call outputs. */
    private interface Sink {
        void text(int start, int end);

        void literal(String text, int start, int end);

        void call(ShortcodeCall call, String output);
    }

    private void walk(String source, int from, int to, List<ShortcodeCall> calls, int depth, Sink sink) {
        List<TextRange> escapes = shortcodes.escapes().stream()
                .filter(e -> e.start() >= from && e.end() <= to).toList();
        int copied = from;
        int nextEscape = 0;
        for (ShortcodeCall call : calls) {
            while (nextEscape < escapes.size() && escapes.get(nextEscape).start() < call.range().start()) {
                copied = unescape(escapes.get(nextEscape++), copied, sink);
            }
            if (call.range().start() < copied) {
                continue;
            }
            sink.text(copied, call.range().start());
            sink.call(call, run(call, source, depth));
            copied = call.range().end();
        }
        while (nextEscape < escapes.size()) {
            copied = unescape(escapes.get(nextEscape++), copied, sink);
        }
        sink.text(copied, to);
    }

    /** Hugo prints an escaped call without its comment marks. */
    private int unescape(TextRange escape, int copied, Sink sink) {
        if (escape.start() < copied) {
            return copied;
        }
        sink.text(copied, escape.start());
        sink.literal(shortcodes.literalOf(escape), escape.start(), escape.end());
        return escape.end();
    }

    /** Hugo's {@code markdownify}: {@code markdown} rendered on its own, a lone paragraph's {@code <p>} dropped. */
    String markdownify(String markdown) {
        String html = flavor.render(flavor.parse(markdown)).replace(HugoFlavor.BLOCK_MARK + "\n", "");
        return trimShortHtml(html);
    }

    /** Hugo's markdownify drops the {@code <p>} around a result that is one paragraph. */
    static String trimShortHtml(String html) {
        String trimmed = html.strip();
        int first = trimmed.indexOf("<p>");
        boolean oneParagraph = first >= 0 && trimmed.indexOf("<p>", first + 1) < 0;
        if (oneParagraph && trimmed.startsWith("<p>") && trimmed.endsWith("</p>")) {
            return trimmed.substring(3, trimmed.length() - 4);
        }
        return trimmed;
    }

    private String run(ShortcodeCall call, String source, int depth) {
        int at = call.range().start();
        LineIndex.Position position = lines.position(at);
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (Argument argument : call.arguments().all()) {
            argument.name().ifPresentOrElse(name -> named.put(name, argument.value()),
                    () -> positional.add(argument.value()));
        }
        boolean markdown = call.delimiter() == Delimiter.PERCENT;
        if (depth >= MAX_DEPTH) {
            ShortcodeInvocation shallow = new ShortcodeInvocation(call.name(), markdown, positional, named,
                    Optional.empty(), position.line(), position.column());
            return fail(shallow, at, new ShortcodeException(RuleId.SHORTCODE_NESTING.id(),
                    "shortcodes nested more than " + MAX_DEPTH + " deep: close the inner shortcodes"));
        }
        Optional<String> inner = call.innerRange().map(range -> expandInner(source, call, range, depth + 1));
        ShortcodeInvocation invocation = new ShortcodeInvocation(call.name(), markdown, positional, named, inner,
                position.line(), position.column());
        CallContext context = new CallContext(this, at);
        try {
            return catalog.rendererFor(call.name()).render(invocation, context);
        } catch (ShortcodeException e) {
            return fail(invocation, at, e);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return fail(invocation, at, new ShortcodeException(RuleId.SHORTCODE_RENDER_FAILED.id(),
                    "could not render this shortcode: " + reason, e));
        }
    }

    private String fail(ShortcodeInvocation call, int at, ShortcodeException e) {
        report(TextRange.empty(at), Severity.ERROR, e.rule(), e.getMessage());
        return ErrorBox.html(call, e.getMessage());
    }

    void report(TextRange range, Severity severity, String rule, String message) {
        diagnostics.add(Diagnostic.at(lines, range, severity, rule, message));
    }

    RenderInput input() {
        return input;
    }

    BundleImages images() {
        return images;
    }

    static String placeholder(int index) {
        return Placeholders.PREFIX + index + Placeholders.SUFFIX;
    }

    /** Output spliced into Markdown must not contain blank lines, or the HTML block would end there. */
    static String withoutBlankLines(String output) {
        String result = output;
        String previous;
        do {
            previous = result;
            result = BLANK_LINE.matcher(result).replaceAll("\n&#10;");
        } while (!result.equals(previous));
        return result;
    }
}
