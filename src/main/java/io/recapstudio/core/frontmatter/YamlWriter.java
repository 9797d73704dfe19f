package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.LineIndex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes YAML values in a file's own style. A hint, the node the value replaces, carries the style to keep:
 * quoting, flow or block list, {@code yes}/{@code no} booleans, the date style, block scalar indicator and
 * indentation. Without a hint the file's {@link YamlStyle} decides.
 */
final class YamlWriter {

    /** YAML text for a value, in one of three shapes. */
    sealed interface Rendered permits Inline, Block, BlockScalar {
    }

    /** Text that goes on the key's line after {@code ": "}. */
    record Inline(String text) implements Rendered {
    }

    /** Lines that go below the key; {@code text} starts with a line break and does not end with one. */
    record Block(String text) implements Rendered {
    }

    /** A block scalar: {@code header} ({@code |-}) after the key, then {@code body} (starting with a line break). */
    record BlockScalar(String header, String body) implements Rendered {
    }

    private final String text;
    private final LineIndex lines;
    private final YamlStyle style;

    YamlWriter(String text, LineIndex lines, YamlStyle style) {
        this.text = text;
        this.lines = lines;
        this.style = style;
    }

    YamlStyle style() {
        return style;
    }

    /** {@code value} for a key (or list dash) at column {@code owner}. */
    Rendered value(Object value, YamlNode hint, int owner) {
        if (value instanceof Map<?, ?> map) {
            return map(map, hint, owner);
        }
        if (value instanceof List<?> list) {
            return list(list, hint, owner);
        }
        if (value instanceof String s && (s.contains("\n") || isBlockScalar(hint))) {
            return blockScalar(s, hint instanceof YamlNode.Scalar h && h.isBlock() ? h : null, owner);
        }
        return new Inline(scalar(value, hint, false));
    }

    /** {@code key: value} for a key at {@code column}, without the indentation and the final line break. */
    String pair(String key, Object value, YamlNode hint, int column) {
        return YamlScalars.key(key) + ":" + attach(value(value, hint, column));
    }

    static String attach(Rendered rendered) {
        if (rendered instanceof Inline inline) {
            return " " + inline.text();
        }
        if (rendered instanceof Block block) {
            return block.text();
        }
        BlockScalar scalar = (BlockScalar) rendered;
        return " " + scalar.header() + scalar.body();
    }

    private Rendered map(Map<?, ?> map, YamlNode hint, int owner) {
        if (map.isEmpty()) {
            return new Inline("{}");
        }
        if (hint instanceof YamlNode.Map h && h.flow()) {
            return new Inline(flowMap(map, h));
        }
        int column = hint instanceof YamlNode.Map h && !h.pairs().isEmpty() ? column(h.start())
                : owner + style.indentUnit();
        StringBuilder out = new StringBuilder();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            out.append(style.lineEnding()).append(style.indent(column))
                    .append(pair(key, entry.getValue(), childHint(hint, key), column));
        }
        return new Block(out.toString());
    }

    private Rendered list(List<?> list, YamlNode hint, int owner) {
        if (list.isEmpty()) {
            return new Inline("[]");
        }
        boolean scalarsOnly = list.stream().noneMatch(i -> i instanceof Map<?, ?> || i instanceof List<?>);
        boolean flow = scalarsOnly && (hint instanceof YamlNode.Seq h ? h.flow() : style.flowLists());
        if (flow) {
            return new Inline(flowList(list, hint instanceof YamlNode.Seq h ? h : null));
        }
        int dash = hint instanceof YamlNode.Seq h && !h.flow() && !h.items().isEmpty() ? column(h.start())
                : owner + style.seqIndent();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            out.append(style.lineEnding()).append(style.indent(dash)).append('-')
                    .append(item(list.get(i), itemHint(hint, i), dash));
        }
        return new Block(out.toString());
    }

    private String item(Object item, YamlNode hint, int dash) {
        if (item instanceof Map<?, ?> map && !map.isEmpty() && !(hint instanceof YamlNode.Map h && h.flow())) {
            int column = hint instanceof YamlNode.Map h && !h.pairs().isEmpty() ? column(h.start()) : dash + 2;
            StringBuilder out = new StringBuilder();
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                out.append(first ? " " : style.lineEnding() + style.indent(column))
                        .append(pair(key, entry.getValue(), childHint(hint, key), column));
                first = false;
            }
            return out.toString();
        }
        if (item instanceof List<?> list) {
            return " " + flowList(list, hint instanceof YamlNode.Seq h ? h : null);
        }
        return attach(value(item, hint, dash));
    }

    /** A value written on one line, as inside a flow collection. */
    String inline(Object value, YamlNode hint, boolean flow) {
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "{}" : flowMap(map, hint instanceof YamlNode.Map h ? h : null);
        }
        if (value instanceof List<?> list) {
            return flowList(list, hint instanceof YamlNode.Seq h ? h : null);
        }
        return scalar(value, hint, flow);
    }

    private String flowList(List<?> list, YamlNode.Seq hint) {
        if (list.isEmpty()) {
            return "[]";
        }
        boolean pad = hint != null && !hint.items().isEmpty() ? text.charAt(hint.start() + 1) == ' '
                : style.flowPadding();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            items.add(inline(list.get(i), itemHint(hint, i), true));
        }
        String space = pad ? " " : "";
        return "[" + space + String.join(", ", items) + space + "]";
    }

    String flowMap(Map<?, ?> map, YamlNode.Map hint) {
        if (map.isEmpty()) {
            return "{}";
        }
        boolean pad = hint != null && !hint.pairs().isEmpty() && text.charAt(hint.start() + 1) == ' ';
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String keyText = YamlScalars.isPlainSafe(key, true) ? key : YamlScalars.doubleQuoted(key);
            pairs.add(keyText + ": " + inline(entry.getValue(), childHint(hint, key), true));
        }
        String space = pad ? " " : "";
        return "{" + space + String.join(", ", pairs) + space + "}";
    }

    String scalar(Object value, YamlNode hint, boolean flow) {
        YamlNode.Scalar h = hint instanceof YamlNode.Scalar s && !s.isBlock() ? s : null;
        if (value == null) {
            return h != null && h.tag().equals(Tag.NULL.getValue()) && !h.isEmpty()
                    ? text.substring(h.start(), h.end()) : "null";
        }
        if (value instanceof Boolean b) {
            return bool(b, h);
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof FrontMatterDate || Values.isDateValue(value)) {
            return date(value, h, flow);
        }
        return string(value.toString(), h, flow);
    }

    private String string(String s, YamlNode.Scalar hint, boolean flow) {
        ScalarStyle quoting = hint != null && (hint.tag().equals(Tag.STR.getValue())
                || hint.tag().equals(Tag.TIMESTAMP.getValue())) ? hint.style() : null;
        boolean oneLine = !s.contains("\n") && !s.contains("\r");
        if (quoting == ScalarStyle.SINGLE_QUOTED && oneLine && YamlScalars.canSingleQuote(s)) {
            return YamlScalars.singleQuoted(s);
        }
        if (quoting == ScalarStyle.DOUBLE_QUOTED) {
            return YamlScalars.doubleQuoted(s);
        }
        if (YamlScalars.isPlainSafe(s, flow)) {
            return s;
        }
        if (style.quote() == '\'' && oneLine && YamlScalars.canSingleQuote(s)) {
            return YamlScalars.singleQuoted(s);
        }
        return YamlScalars.doubleQuoted(s);
    }

    private String date(Object value, YamlNode.Scalar hint, boolean flow) {
        Temporal temporal = value instanceof FrontMatterDate d ? d.value() : (Temporal) value;
        Optional<FrontMatterDate> hinted = hint == null ? Optional.empty() : FrontMatterDate.parse(hint.value());
        String raw;
        ScalarStyle quoting;
        if (hinted.isPresent()) {
            raw = hinted.get().style().format(temporal);
            quoting = hint.style();
        } else if (value instanceof FrontMatterDate given) {
            raw = given.raw();
            quoting = style.dateStyle() != null ? style.dateQuote() : ScalarStyle.PLAIN;
        } else if (style.dateStyle() != null) {
            raw = style.dateStyle().format(temporal);
            quoting = style.dateQuote();
        } else {
            raw = (temporal instanceof LocalDate ? DateStyle.DATE_ONLY : DateStyle.ISO).format(temporal);
            quoting = ScalarStyle.PLAIN;
        }
        return switch (quoting) {
            case SINGLE_QUOTED -> YamlScalars.singleQuoted(raw);
            case DOUBLE_QUOTED -> YamlScalars.doubleQuoted(raw);
            default -> raw;
        };
    }

    private static String bool(boolean value, YamlNode.Scalar hint) {
        String word = value ? "true" : "false";
        if (hint == null || !hint.tag().equals(Tag.BOOL.getValue())) {
            return word;
        }
        String written = hint.value();
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.equals("yes") || lower.equals("no")) {
            word = value ? "yes" : "no";
        } else if (lower.equals("on") || lower.equals("off")) {
            word = value ? "on" : "off";
        }
        if (written.equals(written.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(written.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }

    static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d)) {
                return ".nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? ".inf" : "-.inf";
            }
            double abs = Math.abs(d);
            if (abs != 0 && (abs >= 1e16 || abs < 1e-4)) {
                String s = Double.toString(d).replace('E', 'e');
                return s.contains("e-") ? s : s.replace("e", "e+");
            }
            String plain = new BigDecimal(Double.toString(d)).toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        if (n instanceof BigDecimal big) {
            String plain = big.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        return n.toString();
    }

    private Rendered blockScalar(String s, YamlNode.Scalar hint, int owner) {
        if (!YamlScalars.canBeBlock(s)) {
            return new Inline(YamlScalars.doubleQuoted(s));
        }
        String content = s.replaceAll("\n+$", "");
        int trailing = s.length() - content.length();
        if (trailing > 1) {
            // Keep chomping (|+) would also swallow any blank lines that follow the key in the file.
            return new Inline(YamlScalars.doubleQuoted(s));
        }
        String chomp = trailing == 0 ? "-" : "";
        boolean folded = hint != null && hint.style() == ScalarStyle.FOLDED && !content.contains("\n");
        int column = hint != null ? YamlBlockScalars.contentColumn(text, lines, hint, owner + style.indentUnit())
                : owner + style.indentUnit();
        int width = YamlBlockScalars.width(text, lines, hint);
        List<String> bodyLines = folded ? YamlBlockScalars.fold(content, width > 0 ? width - column : 0)
                : List.of(content.split("\n", -1));
        StringBuilder body = new StringBuilder();
        for (String line : bodyLines) {
            body.append(style.lineEnding());
            if (!line.isEmpty()) {
                body.append(style.indent(column)).append(line);
            }
        }
        return new BlockScalar((folded ? ">" : "|") + chomp, body.toString());
    }

    private int column(int offset) {
        return lines.column(offset) - 1;
    }

    private static boolean isBlockScalar(YamlNode hint) {
        return hint instanceof YamlNode.Scalar s && s.isBlock();
    }

    static YamlNode childHint(YamlNode hint, String key) {
        if (hint instanceof YamlNode.Map map) {
            for (YamlNode.Pair pair : map.pairs()) {
                if (pair.keyText().equals(key)) {
                    return pair.value();
                }
            }
        }
        return null;
    }

    private static YamlNode itemHint(YamlNode hint, int index) {
        if (hint instanceof YamlNode.Seq seq && !seq.items().isEmpty()) {
            return seq.items().get(Math.min(index, seq.items().size() - 1));
        }
        return null;
    }
}
