package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lossless edits of TOML front matter: a key/value line gets a new value in place, a key inside a {@code [table]}
 * goes at the end of that table's keys, a new top-level key goes among the top-level keys (before the first table),
 * a new map or list of maps becomes a {@code [table]} or {@code [[array]]} at the end, and a removal deletes exactly
 * the statements of that key.
 */
final class TomlEditor {

    private final String text;
    private final FrontMatterBlock block;
    private final List<TomlLayout.Statement> statements;
    private final Map<String, Object> values;
    private final String lineEnding;
    private final TomlWriter writer;
    private final String separator;

    TomlEditor(String text, FrontMatterBlock block, List<TomlLayout.Statement> statements, Map<String, Object> values,
               String lineEnding) {
        this.text = text;
        this.block = block;
        this.statements = statements;
        this.values = values;
        this.lineEnding = lineEnding;
        this.writer = TomlConventions.writer(text, statements, lineEnding);
        this.separator = TomlConventions.separator(text, statements);
    }

    List<TextEdit> set(KeyPath path, Object value) {
        TomlLayout.Statement exact = keyValue(path);
        if (exact != null) {
            return List.of(new TextEdit(exact.valueRange(), writer.value(value, exact.valueRange().of(text))));
        }
        TomlLayout.Statement table = header(path, TomlLayout.Kind.TABLE);
        if (table != null && value instanceof Map<?, ?> map) {
            return mergeTable(path, map);
        }
        TomlLayout.Statement array = header(path, TomlLayout.Kind.ARRAY_TABLE);
        if (table != null || array != null) {
            List<TextEdit> edits = new ArrayList<>(removeStatements(path));
            TomlLayout.Statement first = table != null ? table : array;
            if (KeyPlacement.isStructured(value) && !(value instanceof Map<?, ?> && !path.isTopLevel())) {
                edits.add(TextEdit.insert(first.lines().start(), sections(path, value)));
            } else {
                edits.add(newKeyValue(path, value));
            }
            return edits;
        }
        for (int size = path.size() - 1; size >= 1; size--) {
            KeyPath prefix = path.prefix(size);
            TomlLayout.Statement inline = keyValue(prefix);
            if (inline != null) {
                return List.of(inlineTableEdit(inline, prefix, path, value));
            }
            if (header(prefix, TomlLayout.Kind.TABLE) != null) {
                return List.of(insertInTable(prefix, new KeyPath(path.keys().subList(size, path.size())), value));
            }
            TomlLayout.Statement dotted = lastDotted(prefix);
            if (dotted != null) {
                String line = text.substring(dotted.lines().start(), dotted.keyRange().start())
                        + TomlWriter.dottedKey(path.keys().subList(dotted.table().size(), path.size())) + separator
                        + writer.value(value, null) + lineEnding;
                return List.of(TextEdit.insert(dotted.lines().end(), line));
            }
        }
        return List.of(newKeyValue(path, value));
    }

    List<TextEdit> remove(KeyPath path) {
        List<TextEdit> edits = removeStatements(path);
        if (!edits.isEmpty()) {
            return edits;
        }
        for (int size = path.size() - 1; size >= 1; size--) {
            TomlLayout.Statement inline = keyValue(path.prefix(size));
            if (inline != null) {
                return List.of(inlineTableEdit(inline, path.prefix(size), path, null));
            }
        }
        return List.of();
    }

    /** Sets a table to {@code map} key by key, so unchanged keys, comments and order stay. */
    private List<TextEdit> mergeTable(KeyPath path, Map<?, ?> map) {
        List<TextEdit> edits = new ArrayList<>();
        StringBuilder added = new StringBuilder();
        Map<String, Object> current = tableValue(path);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            KeyPath child = child(path, String.valueOf(entry.getKey()));
            java.util.Optional<Values.Found> existing = Values.lookup(values, child);
            if (existing.isEmpty()) {
                added.append(keyValueLine(path, List.of(String.valueOf(entry.getKey())), entry.getValue()));
            } else if (!Values.equivalent(existing.get().value(), entry.getValue())) {
                edits.addAll(set(child, entry.getValue()));
            }
        }
        for (String key : current.keySet()) {
            if (Values.findKey(stringKeys(map), key).isEmpty()) {
                edits.addAll(removeStatements(child(path, key)));
            }
        }
        if (!added.isEmpty()) {
            edits.add(TextEdit.insert(sectionKeysEnd(path), added.toString()));
        }
        return edits;
    }

    private TextEdit insertInTable(KeyPath table, KeyPath rest, Object value) {
        return TextEdit.insert(sectionKeysEnd(table), keyValueLine(table, rest.keys(), value));
    }

    private String keyValueLine(KeyPath table, List<String> key, Object value) {
        return TomlConventions.indentIn(text, statements, table.keys()) + TomlWriter.dottedKey(key) + separator
                + writer.value(value, null) + lineEnding;
    }

    /** A new key: top-level values among the top-level keys, maps and lists of maps as sections at the end. */
    private TextEdit newKeyValue(KeyPath path, Object value) {
        boolean structured = KeyPlacement.isStructured(value);
        if (!path.isTopLevel() || structured) {
            Object top = path.isTopLevel() ? value : YamlEditor.nest(path, value);
            String sections = sections(KeyPath.of(path.first()), top);
            if (statements.isEmpty()) {
                return TextEdit.insert(block.content().end(), sections);
            }
            return TextEdit.insert(statements.get(statements.size() - 1).lines().end(), sections);
        }
        String line = TomlWriter.key(path.first()) + separator + writer.value(value, null) + lineEnding;
        return TextEdit.insert(rootInsertionPoint(path.first(), value), line);
    }

    private int rootInsertionPoint(String key, Object value) {
        List<TomlLayout.Statement> root = new ArrayList<>();
        for (TomlLayout.Statement s : statements) {
            if (s.isHeader()) {
                break;
            }
            root.add(s);
        }
        if (root.isEmpty()) {
            return block.content().start();
        }
        List<String> keys = new ArrayList<>();
        List<Boolean> structured = new ArrayList<>();
        for (TomlLayout.Statement s : root) {
            keys.add(s.key().get(0));
            structured.add(KeyPlacement.isStructuredKey(s.key().get(0), values.get(s.key().get(0))));
        }
        KeyPlacement.Placement placement = KeyPlacement.place(keys, structured, key, KeyPlacement.isStructured(value));
        if (placement.index() == keys.size()) {
            return root.get(root.size() - 1).lines().end();
        }
        TomlLayout.Statement at = root.get(placement.index());
        return placement.before() ? at.lines().start() : lastOfKey(root, at.key().get(0)).lines().end();
    }

    private static TomlLayout.Statement lastOfKey(List<TomlLayout.Statement> root, String key) {
        TomlLayout.Statement last = null;
        for (TomlLayout.Statement s : root) {
            if (s.key().get(0).equals(key)) {
                last = s;
            }
        }
        return last;
    }

    /** {@code [path]} or {@code [[path]]} sections holding {@code value}. */
    private String sections(KeyPath path, Object value) {
        StringBuilder out = new StringBuilder();
        if (value instanceof Map<?, ?> map) {
            out.append('[').append(TomlWriter.dottedKey(path.keys())).append(']').append(lineEnding);
            appendKeys(out, path, map);
            return out.toString();
        }
        String indent = TomlConventions.indentIn(text, statements, path.keys());
        for (Object item : (List<?>) value) {
            out.append("[[").append(TomlWriter.dottedKey(path.keys())).append("]]").append(lineEnding);
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) item).entrySet()) {
                out.append(indent).append(TomlWriter.key(String.valueOf(entry.getKey()))).append(separator)
                        .append(writer.value(entry.getValue(), null)).append(lineEnding);
            }
        }
        return out.toString();
    }

    private void appendKeys(StringBuilder out, KeyPath path, Map<?, ?> map) {
        String indent = TomlConventions.indentIn(text, statements, path.keys());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(indent).append(TomlWriter.key(String.valueOf(entry.getKey()))).append(separator)
                    .append(writer.value(entry.getValue(), null)).append(lineEnding);
        }
    }

    private TextEdit inlineTableEdit(TomlLayout.Statement inline, KeyPath prefix, KeyPath path, Object value) {
        Object current = Values.lookup(values, prefix).orElseThrow().value();
        if (!(current instanceof Map<?, ?>)) {
            throw new FrontMatterEditException("'" + prefix + "' is not a table, so '" + path + "' cannot be set. "
                    + "Change '" + prefix + "' into a table first.");
        }
        Map<String, Object> wrapper = new java.util.LinkedHashMap<>();
        wrapper.put("v", current);
        KeyPath inner = new KeyPath(concat("v", path.keys().subList(prefix.size(), path.size())));
        Map<String, Object> updated = value == null ? Values.without(wrapper, inner)
                : Values.with(wrapper, inner, value);
        return new TextEdit(inline.valueRange(), writer.value(updated.get("v"), inline.valueRange().of(text)));
    }

    /** Deletes every statement (a key/value line, or a whole section) whose path starts with {@code path}. */
    private List<TextEdit> removeStatements(KeyPath path) {
        List<TextRange> ranges = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            TomlLayout.Statement s = statements.get(i);
            if (!startsWith(s.isHeader() ? s.table() : s.path(), path.keys())) {
                continue;
            }
            if (s.isHeader()) {
                int end = s.lines().end();
                int j = i + 1;
                while (j < statements.size() && !statements.get(j).isHeader()) {
                    end = statements.get(j).lines().end();
                    j++;
                }
                ranges.add(TextRange.of(s.lines().start(), end));
                i = j - 1;
            } else {
                ranges.add(s.lines());
            }
        }
        List<TextEdit> edits = new ArrayList<>();
        for (TextRange range : merge(ranges)) {
            edits.add(new TextEdit(range, ""));
        }
        return edits;
    }

    private static List<TextRange> merge(List<TextRange> ranges) {
        List<TextRange> out = new ArrayList<>();
        for (TextRange range : ranges) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() >= range.start()) {
                TextRange last = out.remove(out.size() - 1);
                out.add(TextRange.of(last.start(), Math.max(last.end(), range.end())));
            } else {
                out.add(range);
            }
        }
        return out;
    }

    /** Offset after the last key/value of table {@code path} (right after its header when it has none). */
    private int sectionKeysEnd(KeyPath path) {
        int end = -1;
        boolean inSection = false;
        for (TomlLayout.Statement s : statements) {
            if (s.isHeader()) {
                inSection = s.kind() == TomlLayout.Kind.TABLE && equalsFolded(s.table(), path.keys());
                if (inSection) {
                    end = s.lines().end();
                }
            } else if (inSection) {
                end = s.lines().end();
            }
        }
        return end;
    }

    private TomlLayout.Statement keyValue(KeyPath path) {
        for (TomlLayout.Statement s : statements) {
            if (!s.isHeader() && s.arrayIndex() < 0 && equalsFolded(s.path(), path.keys())) {
                return s;
            }
        }
        return null;
    }

    /** The last key/value written with a dotted key under {@code prefix} ({@code params.author = …}). */
    private TomlLayout.Statement lastDotted(KeyPath prefix) {
        TomlLayout.Statement last = null;
        for (TomlLayout.Statement s : statements) {
            if (!s.isHeader() && s.arrayIndex() < 0 && s.path().size() > prefix.size()
                    && s.table().size() < prefix.size() && startsWith(s.path(), prefix.keys())) {
                last = s;
            }
        }
        return last;
    }

    private TomlLayout.Statement header(KeyPath path, TomlLayout.Kind kind) {
        for (TomlLayout.Statement s : statements) {
            if (s.kind() == kind && equalsFolded(s.table(), path.keys())) {
                return s;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> tableValue(KeyPath path) {
        Object value = Values.lookup(values, path).map(Values.Found::value).orElse(Map.of());
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private KeyPath child(KeyPath path, String key) {
        return new KeyPath(concat(path.keys(), key));
    }

    private static List<String> concat(List<String> keys, String key) {
        List<String> out = new ArrayList<>(keys);
        out.add(key);
        return out;
    }

    private static List<String> concat(String key, List<String> keys) {
        List<String> out = new ArrayList<>();
        out.add(key);
        out.addAll(keys);
        return out;
    }

    private static Map<String, ?> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    static boolean equalsFolded(List<String> a, List<String> b) {
        return a.size() == b.size() && startsWith(a, b);
    }

    static boolean startsWith(List<String> path, List<String> prefix) {
        if (path.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!path.get(i).equalsIgnoreCase(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }
}
