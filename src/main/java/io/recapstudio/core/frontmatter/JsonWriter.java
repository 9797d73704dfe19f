package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.LineIndex;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes JSON values in a file's own style: objects and arrays on one line or one item per line as the value they
 * replace (new ones as the file's other values), the file's indentation unit and {@code ": "} spacing, dates as
 * strings in the replaced or the file's date style.
 */
final class JsonWriter {

    private final String text;
    private final LineIndex lines;
    private final int indentUnit;
    private final String separator;
    private final String lineEnding;

    JsonWriter(String text, LineIndex lines, int indentUnit, String separator, String lineEnding) {
        this.text = text;
        this.lines = lines;
        this.indentUnit = indentUnit;
        this.separator = separator;
        this.lineEnding = lineEnding;
    }

    String separator() {
        return separator;
    }

    String lineEnding() {
        return lineEnding;
    }

    /** The indentation unit of the file's objects (2 by default). */
    static int indentUnit(String text, LineIndex lines, JsonTree.Obj root) {
        if (root.members().isEmpty()) {
            return 2;
        }
        int keyLine = lines.line(root.members().get(0).keyStart());
        if (keyLine == lines.line(root.start())) {
            return 2;
        }
        int unit = (lines.column(root.members().get(0).keyStart()) - 1) - (lines.column(root.start()) - 1);
        return unit > 0 ? unit : 2;
    }

    /** {@code value} replacing {@code hint} (or new when null) in a member whose key is at column {@code column}. */
    String value(Object value, JsonTree hint, int column) {
        boolean multiLine = hint != null ? spansLines(hint) && hasItems(hint) : false;
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "{}" : object(map, hint, column, multiLine || hint == null && isStructured(value));
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "[]" : array(list, hint, column, multiLine || hint == null
                    && KeyPlacement.isStructured(value));
        }
        return scalar(value, hint);
    }

    private static boolean isStructured(Object value) {
        return value instanceof Map<?, ?> map && map.values().stream().anyMatch(KeyPlacement::isStructured);
    }

    /** {@code map} with one member per line, its closing brace at {@code column}. */
    String multiLineObject(Map<?, ?> map, int column) {
        return object(map, null, column, true);
    }

    private String object(Map<?, ?> map, JsonTree hint, int column, boolean multiLine) {
        List<String> members = new ArrayList<>();
        int childColumn = column + indentUnit;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            JsonTree childHint = hint instanceof JsonTree.Obj obj ? member(obj, String.valueOf(entry.getKey())) : null;
            members.add(string(String.valueOf(entry.getKey())) + separator
                    + value(entry.getValue(), childHint, childColumn));
        }
        if (!multiLine) {
            return "{" + String.join(", ", members) + "}";
        }
        String indent = " ".repeat(childColumn);
        return "{" + lineEnding + indent + String.join("," + lineEnding + indent, members) + lineEnding
                + " ".repeat(column) + "}";
    }

    private String array(List<?> list, JsonTree hint, int column, boolean multiLine) {
        List<String> items = new ArrayList<>();
        int childColumn = column + indentUnit;
        JsonTree itemHint = hint instanceof JsonTree.Arr arr && !arr.items().isEmpty() ? arr.items().get(0) : null;
        for (Object item : list) {
            items.add(value(item, itemHint, childColumn));
        }
        if (!multiLine) {
            String gap = hint instanceof JsonTree.Arr arr && arr.items().size() >= 2
                    ? text.substring(arr.items().get(0).end(), arr.items().get(1).start()) : ", ";
            return "[" + String.join(gap, items) + "]";
        }
        String indent = " ".repeat(childColumn);
        return "[" + lineEnding + indent + String.join("," + lineEnding + indent, items) + lineEnding
                + " ".repeat(column) + "]";
    }

    private String scalar(Object value, JsonTree hint) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Number n) {
            return TomlWriter.number(n).replace("inf", "Infinity").replace("nan", "NaN");
        }
        if (value instanceof FrontMatterDate || Values.isDateValue(value)) {
            return string(date(value, hint));
        }
        return string(value.toString());
    }

    private String date(Object value, JsonTree hint) {
        Temporal temporal = value instanceof FrontMatterDate d ? d.value() : (Temporal) value;
        Optional<FrontMatterDate> hinted = hint instanceof JsonTree.Scalar s && s.value() instanceof String str
                ? FrontMatterDate.parse(str) : Optional.empty();
        if (hinted.isPresent()) {
            return hinted.get().style().format(temporal);
        }
        if (value instanceof FrontMatterDate given) {
            return given.raw();
        }
        return (temporal instanceof LocalDate ? DateStyle.DATE_ONLY : DateStyle.ISO).format(temporal);
    }

    static String string(String s) {
        return QuotedStrings.basic(s);
    }

    private boolean spansLines(JsonTree node) {
        return lines.line(node.start()) != lines.line(Math.max(node.start(), node.end() - 1));
    }

    private static boolean hasItems(JsonTree node) {
        return node instanceof JsonTree.Obj obj ? !obj.members().isEmpty()
                : node instanceof JsonTree.Arr arr && !arr.items().isEmpty();
    }

    private static JsonTree member(JsonTree.Obj obj, String key) {
        for (JsonTree.Member m : obj.members()) {
            if (m.key().equals(key)) {
                return m.value();
            }
        }
        return null;
    }
}
