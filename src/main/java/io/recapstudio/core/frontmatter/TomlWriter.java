package io.recapstudio.core.frontmatter;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes TOML values in a file's own style. A hint, the source text of the value being replaced, carries the style to
 * keep: basic or literal strings, array spacing and layout, the date style and whether dates are quoted.
 *
 * @param quote      {@code "} or {@code '}: the string style the file prefers
 * @param arrayPad   true when arrays are written {@code [ a, b ]}
 * @param dateStyle  the file's date style, or null
 * @param dateQuoted true when the file writes dates as strings
 * @param lineEnding the line break
 */
record TomlWriter(char quote, boolean arrayPad, DateStyle dateStyle, boolean dateQuoted, String lineEnding) {

    /** {@code value} as TOML text, keeping the style of {@code hint} (the replaced value's text, or null). */
    String value(Object value, String hint) {
        if (value instanceof Map<?, ?> map) {
            return inlineTable(map);
        }
        if (value instanceof List<?> list) {
            return array(list, hint);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof FrontMatterDate || Values.isDateValue(value)) {
            return date(value, hint);
        }
        return string(value.toString(), hint);
    }

    String string(String s, String hint) {
        char style = hint != null && !hint.isEmpty() && (hint.charAt(0) == '\'' || hint.charAt(0) == '"')
                ? hint.charAt(0) : quote;
        boolean multiLine = hint != null && (hint.startsWith("'''") || hint.startsWith("\"\"\""));
        if (multiLine && lineEnding.equals("\n") && s.contains("\n") && canBeMultiLineBasic(s)) {
            return "\"\"\"" + lineEnding + s.replace("\\", "\\\\").replace("\"\"\"", "\"\"\\\"") + "\"\"\"";
        }
        if (style == '\'' && canBeLiteral(s)) {
            return "'" + s + "'";
        }
        return basic(s);
    }

    static String basic(String s) {
        return QuotedStrings.basic(s);
    }

    private static boolean canBeLiteral(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || (c < 0x20 && c != '\t') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean canBeMultiLineBasic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
                return false;
            }
        }
        // A line starting with +++ would end the front matter block for Hugo (and for us).
        return !s.startsWith("\n") && !s.endsWith("\"") && !s.startsWith("+++") && !s.contains("\n+++");
    }

    static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d)) {
                return "nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "inf" : "-inf";
            }
            return Double.toString(d);
        }
        return n.toString();
    }

    private String date(Object value, String hint) {
        Temporal temporal = value instanceof FrontMatterDate d ? d.value() : (Temporal) value;
        boolean quoted = hint != null && (hint.startsWith("\"") || hint.startsWith("'"));
        Optional<FrontMatterDate> hinted = hint == null ? Optional.empty()
                : FrontMatterDate.parse(quoted && hint.length() >= 2 ? hint.substring(1, hint.length() - 1) : hint);
        String raw;
        if (hinted.isPresent()) {
            raw = hinted.get().style().format(temporal);
        } else if (value instanceof FrontMatterDate given) {
            raw = given.raw();
            quoted = dateQuoted;
        } else if (dateStyle != null) {
            raw = dateStyle.format(temporal);
            quoted = dateQuoted;
        } else {
            raw = (temporal instanceof LocalDate ? DateStyle.DATE_ONLY : DateStyle.ISO).format(temporal);
        }
        boolean nativeDate = FrontMatterDate.parse(raw).map(d -> d.style().isTomlNative()).orElse(false);
        return quoted || !nativeDate ? basic(raw) : raw;
    }

    private String array(List<?> list, String hint) {
        if (list.isEmpty()) {
            return "[]";
        }
        String itemHint = hint == null ? null : firstItem(hint);
        List<String> items = new ArrayList<>();
        for (Object item : list) {
            items.add(value(item, itemHint));
        }
        if (hint != null && hint.contains("\n")) {
            String indent = hintIndent(hint);
            String closingIndent = hintClosingIndent(hint);
            boolean trailingComma = hint.replaceAll("\\s+", "").endsWith(",]");
            return "[" + lineEnding + indent + String.join("," + lineEnding + indent, items)
                    + (trailingComma ? "," : "") + lineEnding + closingIndent + "]";
        }
        boolean pad = hint != null && hint.length() > 2 ? hint.charAt(1) == ' ' : arrayPad;
        String space = pad ? " " : "";
        return "[" + space + String.join(", ", items) + space + "]";
    }

    private String inlineTable(Map<?, ?> map) {
        if (map.isEmpty()) {
            return "{}";
        }
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            pairs.add(key(String.valueOf(entry.getKey())) + " = " + value(entry.getValue(), null));
        }
        return "{ " + String.join(", ", pairs) + " }";
    }

    /** A key: bare when it can be, else a basic string. */
    static String key(String key) {
        boolean bare = !key.isEmpty() && key.chars().allMatch(c -> TomlValueScanner.isBareKeyChar((char) c));
        return bare ? key : basic(key);
    }

    static String dottedKey(List<String> keys) {
        List<String> parts = new ArrayList<>();
        keys.forEach(k -> parts.add(key(k)));
        return String.join(".", parts);
    }

    private static String firstItem(String hint) {
        String inner = hint.length() >= 2 ? hint.substring(1).strip() : "";
        if (inner.startsWith("\"") || inner.startsWith("'")) {
            return inner.substring(0, Math.max(1, TomlValueScanner.valueEnd(inner, 0, inner.length())));
        }
        return null;
    }

    private static String hintIndent(String hint) {
        int firstBreak = hint.indexOf('\n');
        int p = firstBreak + 1;
        while (p < hint.length() && (hint.charAt(p) == ' ' || hint.charAt(p) == '\t')) {
            p++;
        }
        return hint.substring(firstBreak + 1, p);
    }

    private static String hintClosingIndent(String hint) {
        int lastBreak = hint.lastIndexOf('\n');
        String last = hint.substring(lastBreak + 1, hint.length() - 1);
        return last.isBlank() ? last : "";
    }
}
