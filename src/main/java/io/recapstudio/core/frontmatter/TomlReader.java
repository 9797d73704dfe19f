package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/** Reads TOML front matter with tomlj (values, errors) and {@link TomlLayout} (where each statement is). */
final class TomlReader {

    private static final int MAX_REPORTED_ERRORS = 3;

    private TomlReader() {
    }

    static FrontMatter read(String text, FrontMatterBlock block) {
        TextRange content = block.content();
        String toml = content.of(text);
        var over = TomlBounds.check(toml, "it");
        if (over.isPresent()) {
            return FrontMatter.overLimit(text, block, content.start() + over.get().offset(), over.get().problem());
        }
        TomlParseResult result = Toml.parse(toml);
        LineIndex lines = FrontMatter.linesOf(text, block);
        if (result.hasErrors()) {
            List<Diagnostic> diagnostics = new ArrayList<>();
            LineIndex contentLines = LineIndex.of(toml);
            for (TomlParseError error : result.errors().subList(0, Math.min(MAX_REPORTED_ERRORS,
                    result.errors().size()))) {
                TomlPosition pos = error.position();
                int offset = content.start() + contentLines.offset(pos.line(), pos.column());
                diagnostics.add(Diagnostic.at(lines, TextRange.empty(Math.min(offset, text.length())), Severity.ERROR,
                        FrontMatter.SYNTAX_RULE, "The TOML front matter cannot be read here: "
                                + stripPosition(error.getMessage()) + ". Fix the TOML; Hugo will not build the post "
                                + "until then. The text is kept as it is."));
            }
            return new FrontMatter(text, block, List.of(), diagnostics, null);
        }
        List<TomlLayout.Statement> statements = TomlLayout.scan(text, content);
        Map<String, Object> values = table(result);
        applyRawDates(text, statements, values);
        List<FrontMatterEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Object> value : values.entrySet()) {
            entries.add(entry(value.getKey(), value.getValue(), statements));
        }
        return new FrontMatter(text, block, entries, List.of(), new TomlDocument(statements));
    }

    private static FrontMatterEntry entry(String key, Object value, List<TomlLayout.Statement> statements) {
        TomlLayout.Statement first = null;
        TomlLayout.Statement last = null;
        for (TomlLayout.Statement s : statements) {
            List<String> path = s.path();
            if (!path.isEmpty() && path.get(0).equals(key)) {
                first = first == null ? s : first;
                last = s;
            }
        }
        if (first == null) {
            return new FrontMatterEntry(key, value, TextRange.empty(0), TextRange.empty(0), TextRange.empty(0));
        }
        TextRange range = TextRange.of(first.lines().start(), last.lines().end());
        boolean plainKeyValue = first == last && !first.isHeader();
        TextRange valueRange = plainKeyValue ? first.valueRange()
                : TextRange.of(first.lines().start(), last.lines().end());
        return new FrontMatterEntry(key, value, range, first.keyRange(), valueRange);
    }

    /** Gives every date written as a TOML date its raw text and style. */
    @SuppressWarnings("unchecked")
    private static void applyRawDates(String text, List<TomlLayout.Statement> statements, Map<String, Object> root) {
        for (TomlLayout.Statement s : statements) {
            if (s.isHeader() || s.arrayIndex() >= 0) {
                continue;
            }
            Map<String, Object> map = root;
            List<String> path = s.path();
            for (int i = 0; i < path.size() - 1 && map != null; i++) {
                Object child = map.get(path.get(i));
                map = child instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
            }
            String last = path.get(path.size() - 1);
            if (map != null && map.get(last) instanceof FrontMatterDate) {
                FrontMatterDate parsed = FrontMatterDate.parse(s.valueRange().of(text)).orElse(null);
                if (parsed != null) {
                    map.put(last, parsed);
                }
            }
        }
    }

    static Map<String, Object> table(TomlTable table) {
        List<String> keys = new ArrayList<>(table.keySet());
        keys.sort(Comparator.comparing((String k) -> position(table, k)));
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys) {
            out.put(key, value(table.get(List.of(key))));
        }
        return out;
    }

    private static long position(TomlTable table, String key) {
        TomlPosition pos = table.inputPositionOf(List.of(key));
        return pos == null ? Long.MAX_VALUE : ((long) pos.line() << 20) + pos.column();
    }

    private static Object value(Object value) {
        if (value instanceof TomlTable t) {
            return table(t);
        }
        if (value instanceof TomlArray array) {
            List<Object> out = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                out.add(value(array.get(i)));
            }
            return out;
        }
        if (value instanceof Temporal t && Values.isDateValue(t)) {
            return Values.asDate(t).<Object>map(d -> d).orElse(t.toString());
        }
        if (value instanceof Temporal t) {
            return t.toString();
        }
        return value;
    }

    private static String stripPosition(String message) {
        int at = message.lastIndexOf(" (line ");
        return at > 0 ? message.substring(0, at) : message;
    }

    /** What the editor needs of a TOML block: its statements. */
    record TomlDocument(List<TomlLayout.Statement> statements) {
    }
}
