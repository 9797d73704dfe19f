package io.recapstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.recapstudio.core.text.Diagnostic;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints diagnostics as {@code cli.md} says: one {@code PATH:LINE:COL: SEVERITY: MESSAGE [RULE]} a line, or JSON. */
final class DiagnosticsOutput {

    enum Format { text, json }

    private DiagnosticsOutput() {
    }

    static void print(PrintWriter out, List<Diagnostic> diagnostics, Format format) {
        if (format == Format.json) {
            out.println(json(diagnostics));
        } else {
            diagnostics.forEach(d -> out.println(d.format()));
        }
        out.flush();
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
