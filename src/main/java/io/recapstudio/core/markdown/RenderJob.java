package io.recapstudio.core.markdown;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One render of one post: turns a text region into the Markdown flexmark sees, running each shortcode on the way
 * (Hugo's order: {@code {{% %}}} output spliced into the Markdown, {@code {{< >}}} output kept aside behind a
 * placeholder and put back after Markdown), and collects the diagnostics. Not thread-safe; one per render.
 */
final class RenderJob {

    static final int MAX_DEPTH = 8;
    private static final Pattern ESCAPED_CALL = Pattern.compile("\\{\\{([<%])/\\*(.*?)\\*/([>%])}}", Pattern.DOTALL);
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");

    /** The Markdown for a region, and the {@code {{< >}}} outputs its placeholders stand for. */
    record Expanded(SourceMap map, List<String> outputs) {
    }

    private final RenderInput input;
    private final LineIndex lines;
    private final HugoFlavor flavor;
    private final ShortcodeScanner scanner;
    private final ShortcodeCatalog catalog;
    private final BundleImages images;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    RenderJob(RenderInput input, HugoFlavor flavor, ShortcodeScanner scanner, ShortcodeCatalog catalog,
              BundleImages images) {
        this.input = input;
        this.lines = LineIndex.of(input.text());
        this.flavor = flavor;
        this.scanner = scanner;
        this.catalog = catalog;
        this.images = images;
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
        walk(source, from, to, 0, new Sink() {
            @Override
            public void text(int start, int end) {
                map.copy(source, start, end);
            }

            @Override
            public void literal(String text, int start, int end) {
                map.insert(text, start, end);
            }

            @Override
            public void call(ShortcodeScanner.Call call, String output) {
                int ordinal = outputs.size();
                if (call.markdown()) {
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

    /** Hugo's {@code .Inner}: {@code source[from, to)} with the calls in it replaced by their output. */
    String expandInner(String source, int from, int to, int depth) {
        StringBuilder inner = new StringBuilder(to - from);
        walk(source, from, to, depth, new Sink() {
            @Override
            public void text(int start, int end) {
                inner.append(source, start, end);
            }

            @Override
            public void literal(String text, int start, int end) {
                inner.append(text);
            }

            @Override
            public void call(ShortcodeScanner.Call call, String output) {
                inner.append(output);
            }
        });
        return inner.toString();
    }

    /** Receives a region's pieces in order: plain text, literal replacements (unescaped calls), call outputs. */
    private interface Sink {
        void text(int start, int end);

        void literal(String text, int start, int end);

        void call(ShortcodeScanner.Call call, String output);
    }

    private void walk(String source, int from, int to, int depth, Sink sink) {
        ShortcodeScanner.Scan scan = scanner.scan(source, from, to);
        scan.problems().forEach(p -> report(p.range(), Severity.ERROR, p.rule(), p.message()));
        List<TextRange> escapes = new ArrayList<>();
        Matcher escaped = ESCAPED_CALL.matcher(source).region(from, to);
        while (escaped.find()) {
            escapes.add(new TextRange(escaped.start(), escaped.end()));
        }
        int copied = from;
        int nextEscape = 0;
        for (ShortcodeScanner.Call call : scan.calls()) {
            while (nextEscape < escapes.size() && escapes.get(nextEscape).start() < call.range().start()) {
                copied = unescape(source, escapes.get(nextEscape++), copied, sink);
            }
            if (call.range().start() < copied) {
                continue;
            }
            sink.text(copied, call.range().start());
            sink.call(call, run(call, source, depth));
            copied = call.range().end();
        }
        while (nextEscape < escapes.size()) {
            copied = unescape(source, escapes.get(nextEscape++), copied, sink);
        }
        sink.text(copied, to);
    }

    // Hugo prints an escaped call ({{</ * x * />}} without the spaces) as {{< x >}}.
    private static int unescape(String source, TextRange escape, int copied, Sink sink) {
        if (escape.start() < copied) {
            return copied;
        }
        sink.text(copied, escape.start());
        Matcher m = ESCAPED_CALL.matcher(source).region(escape.start(), escape.end());
        if (m.matches()) {
            sink.literal("{{" + m.group(1) + m.group(2) + m.group(3) + "}}", escape.start(), escape.end());
        }
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
        if (first >= 0 && trimmed.indexOf("<p>", first + 1) < 0 && trimmed.startsWith("<p>") && trimmed.endsWith("</p>")) {
            return trimmed.substring(3, trimmed.length() - 4);
        }
        return trimmed;
    }

    private String run(ShortcodeScanner.Call call, String source, int depth) {
        int at = call.range().start();
        LineIndex.Position position = lines.position(at);
        if (depth >= MAX_DEPTH) {
            ShortcodeInvocation shallow = new ShortcodeInvocation(call.name(), call.markdown(), call.positional(),
                    call.named(), Optional.empty(), position.line(), position.column());
            return fail(shallow, at, new ShortcodeException("shortcode-nesting",
                    "shortcodes nested more than " + MAX_DEPTH + " deep: close the inner shortcodes"));
        }
        Optional<String> inner = Optional.ofNullable(call.inner())
                .map(range -> expandInner(source, range.start(), range.end(), depth + 1));
        ShortcodeInvocation invocation = new ShortcodeInvocation(call.name(), call.markdown(), call.positional(),
                call.named(), inner, position.line(), position.column());
        CallContext context = new CallContext(this, at);
        try {
            return catalog.rendererFor(call.name()).render(invocation, context);
        } catch (ShortcodeException e) {
            return fail(invocation, at, e);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return fail(invocation, at, new ShortcodeException("shortcode-render-failed",
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
