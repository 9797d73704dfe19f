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
     * The Markdown for {@code source[from, to)}.
     *
     * @param anchor -1 when {@code source} is the post's text; else the post offset all problems are reported at
     */
    Expanded expand(String source, int from, int to, int depth, int anchor) {
        ShortcodeScanner.Scan scan = scanner.scan(source, from, to);
        scan.problems().forEach(p -> report(anchor < 0 ? p.range() : TextRange.empty(anchor), Severity.ERROR,
                p.rule(), p.message()));
        List<TextRange> escapes = new ArrayList<>();
        Matcher escaped = ESCAPED_CALL.matcher(source).region(from, to);
        while (escaped.find()) {
            escapes.add(new TextRange(escaped.start(), escaped.end()));
        }
        SourceMap map = new SourceMap();
        List<String> outputs = new ArrayList<>();
        int copied = from;
        int nextEscape = 0;
        for (ShortcodeScanner.Call call : scan.calls()) {
            while (nextEscape < escapes.size() && escapes.get(nextEscape).start() < call.range().start()) {
                copied = unescape(source, escapes.get(nextEscape++), copied, map);
            }
            if (call.range().start() < copied) {
                continue;
            }
            map.copy(source, copied, call.range().start());
            String output = run(call, source, depth, anchor);
            if (call.markdown()) {
                map.insert(withoutBlankLines(output), call.range().start(), call.range().end());
            } else {
                map.insert(placeholder(outputs.size()), call.range().start(), call.range().end());
                outputs.add(output);
            }
            copied = call.range().end();
        }
        while (nextEscape < escapes.size()) {
            copied = unescape(source, escapes.get(nextEscape++), copied, map);
        }
        map.copy(source, copied, to);
        return new Expanded(map, outputs);
    }

    // Hugo prints an escaped call ({{</ * x * />}} without the spaces) as {{< x >}}.
    private static int unescape(String source, TextRange escape, int copied, SourceMap map) {
        if (escape.start() < copied) {
            return copied;
        }
        map.copy(source, copied, escape.start());
        Matcher m = ESCAPED_CALL.matcher(source).region(escape.start(), escape.end());
        if (m.matches()) {
            map.insert("{{" + m.group(1) + m.group(2) + m.group(3) + "}}", escape.start(), escape.end());
        }
        return escape.end();
    }

    /** HTML for {@code source[from, to)} rendered on its own, as Hugo's {@code markdownify} does. */
    String renderFragment(String source, int from, int to, int depth, int anchor) {
        Expanded expanded = expand(source, from, to, depth, anchor);
        String html = flavor.render(flavor.parse(expanded.map().markdown())).replace(HugoFlavor.BLOCK_MARK + "\n", "");
        return trimShortHtml(Placeholders.replace(html, expanded.outputs()));
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

    private String run(ShortcodeScanner.Call call, String source, int depth, int anchor) {
        int at = anchor < 0 ? call.range().start() : anchor;
        LineIndex.Position position = lines.position(at);
        Optional<String> inner = Optional.ofNullable(call.inner()).map(r -> r.of(source));
        ShortcodeInvocation invocation = new ShortcodeInvocation(call.name(), call.markdown(), call.positional(),
                call.named(), inner, position.line(), position.column());
        if (depth >= MAX_DEPTH) {
            return fail(invocation, at, new ShortcodeException("shortcode-nesting",
                    "shortcodes nested more than " + MAX_DEPTH + " deep; a shortcode may be calling itself"));
        }
        CallContext context = new CallContext(this, call, source, depth, anchor, at);
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
