package io.recapstudio.core.site;

import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;

/**
 * Front matter as Hugo finds it: YAML between {@code ---} lines, TOML between {@code +++} lines, or a JSON object
 * at the top; a byte-order mark and blank lines before it are allowed, CRLF too. Parsed with SnakeYAML (dates kept as
 * text), tomlj (top-level dates kept as written) or Jackson. Thread-safe.
 */
public final class PlainFrontMatterReader implements FrontMatterReader {

    @Override
    public Optional<FrontMatterValues> read(Path file, String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int lineOffset = 0;
        while (true) {
            int eol = text.indexOf('\n', start);
            String line = (eol < 0 ? text.substring(start) : text.substring(start, eol)).strip();
            if (!line.isEmpty() || eol < 0) {
                break;
            }
            start = eol + 1;
            lineOffset++;
        }
        if (text.startsWith("---", start) || text.startsWith("+++", start)) {
            return delimited(file, text, start, lineOffset);
        }
        if (text.startsWith("{", start)) {
            int end = jsonEnd(text, start);
            if (end < 0) {
                throw new SiteException(file, lineOffset + 1, "the JSON front matter is never closed; end it with }");
            }
            return Optional.of(new FrontMatterValues(DataFormat.JSON,
                    DataParser.parseMap(DataFormat.JSON, text.substring(start, end), file)));
        }
        return Optional.empty();
    }

    private Optional<FrontMatterValues> delimited(Path file, String text, int start, int lineOffset) {
        String delimiter = text.substring(start, start + 3);
        int firstEol = text.indexOf('\n', start);
        if (firstEol < 0 || !text.substring(start, firstEol).strip().equals(delimiter)) {
            return Optional.empty();
        }
        int bodyStart = firstEol + 1;
        int pos = bodyStart;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            String line = (eol < 0 ? text.substring(pos) : text.substring(pos, eol)).strip();
            if (line.equals(delimiter)) {
                return Optional.of(parse(file, delimiter, text.substring(bodyStart, pos), lineOffset + 1));
            }
            if (eol < 0) {
                break;
            }
            pos = eol + 1;
        }
        throw new SiteException(file, lineOffset + 1, "the front matter opened with " + delimiter
                + " is never closed; add a line with " + delimiter + " after it");
    }

    private FrontMatterValues parse(Path file, String delimiter, String body, int linesBefore) {
        try {
            if (delimiter.equals("---")) {
                return new FrontMatterValues(DataFormat.YAML, DataParser.parseMap(DataFormat.YAML, body, file));
            }
            return new FrontMatterValues(DataFormat.TOML, toml(file, body));
        } catch (SiteException e) {
            int line = e.line() > 0 ? e.line() + linesBefore : 0;
            throw new SiteException(file, line, e.detail(), e);
        }
    }

    /** TOML with top-level date-times kept as written, not re-formatted. */
    private static Map<String, Object> toml(Path file, String body) {
        DataParser.checkTomlBounds(body, file);
        TomlParseResult result = Toml.parse(body);
        if (result.hasErrors()) {
            TomlParseError first = result.errors().get(0);
            throw new SiteException(file, first.position().line(), "TOML syntax error: " + first.getMessage());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        String[] lines = body.split("\n", -1);
        for (Map.Entry<String, Object> e : result.entrySet()) {
            Object value = e.getValue();
            if (value instanceof Temporal) {
                TomlPosition p = result.inputPositionOf(java.util.List.of(e.getKey()));
                values.put(e.getKey(), p == null ? DataParser.fromToml(value) : rawValue(lines[p.line() - 1]));
            } else {
                values.put(e.getKey(), DataParser.fromToml(value));
            }
        }
        return values;
    }

    private static String rawValue(String line) {
        String v = line.substring(line.indexOf('=') + 1);
        int hash = v.indexOf('#');
        return (hash >= 0 ? v.substring(0, hash) : v).strip();
    }

    /** The index after the closing brace of the JSON object starting at {@code start}, or -1. */
    private static int jsonEnd(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
