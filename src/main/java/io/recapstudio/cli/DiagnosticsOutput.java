package io.recapstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.PrintableText;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints diagnostics as {@code cli.md} says: one {@code PATH:LINE:COL: SEVERITY: MESSAGE [RULE]} a line, a JSON
 * array, or GitHub Actions annotations. Paths and messages come from files other people wrote (a resource named with
 * a newline, a message quoting a post), so control characters are escaped in every format: one diagnostic is always
 * exactly one line, and nothing a post says can forge another.
 */
final class DiagnosticsOutput {

    enum Format { text, json, github }

    private DiagnosticsOutput() {
    }

    static void print(PrintWriter out, List<Diagnostic> diagnostics, Format format) {
        switch (format) {
            case json -> out.println(json(diagnostics));
            case github -> diagnostics.forEach(d -> out.println(github(d)));
            default -> diagnostics.forEach(d -> out.println(text(d)));
        }
        out.flush();
    }

    /** The text line of {@code d}, with control characters in its path and message escaped. */
    static String text(Diagnostic d) {
        return d.format();
    }

    /** {@code s} with its control characters escaped (see {@link PrintableText#escape(String)}). */
    static String escape(String s) {
        return PrintableText.escape(s);
    }

    /**
     * A GitHub Actions workflow command: {@code ::error file=…,line=…,col=…,title=RULE::MESSAGE} (warning,
     * and notice for info), escaped as the runner expects ({@code %}, CR, LF; in properties also {@code :} and
     * {@code ,}).
     */
    static String github(Diagnostic d) {
        String command = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder line = new StringBuilder("::").append(command).append(' ');
        if (d.path() != null) {
            line.append("file=").append(githubProperty(d.path().toString().replace('\\', '/'))).append(',');
        }
        line.append("line=").append(d.line()).append(",col=").append(d.column())
                .append(",title=").append(githubProperty(d.rule()))
                .append("::").append(githubData(d.message() + " [" + d.rule() + "]"));
        return line.toString();
    }

    private static String githubData(String s) {
        return escape(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    private static String githubProperty(String s) {
        return githubData(s).replace(":", "%3A").replace(",", "%2C");
    }

    static String json(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> array = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("path", d.path() == null ? null : d.path().toString());
            o.put("line", d.line());
            o.put("column", d.column());
            o.put("severity", d.severity().label());
            o.put("rule", d.rule());
            o.put("message", d.message());
            d.fix().ifPresent(f -> o.put("fix", f.description()));
            array.add(o);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
