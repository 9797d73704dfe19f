package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lossless edits of YAML front matter: each edit replaces only the text of the key it changes (the value's text when
 * the value stays on the key's line, so a trailing comment survives), and new text follows the file's style.
 */
final class YamlEditor {

    /** Marks a removal in {@link #flowMapWith}. */
    private static final Object REMOVE = new Object();

    private final String text;
    private final LineIndex lines;
    private final FrontMatterBlock block;
    private final YamlNode.Map root;
    private final YamlWriter writer;
    private final YamlStyle style;

    YamlEditor(String text, FrontMatterBlock block, YamlNode.Map root, String lineEnding) {
        this.text = text;
        this.lines = FrontMatter.linesOf(text, block);
        this.block = block;
        this.root = root;
        this.style = YamlStyle.infer(text, lines, root, lineEnding);
        this.writer = new YamlWriter(text, lines, style);
    }

    List<TextEdit> set(KeyPath path, Object value) {
        if (root == null) {
            String line = writer.pair(path.first(), nest(path, value), null, 0) + style.lineEnding();
            return List.of(TextEdit.insert(block.content().end(), line));
        }
        if (root.flow()) {
            return List.of(TextEdit.replace(root.start(), root.end(), flowMapWith(root, path, value)));
        }
        return setIn(root, path, value);
    }

    List<TextEdit> remove(KeyPath path) {
        if (root == null) {
            return List.of();
        }
        if (root.flow()) {
            return List.of(TextEdit.replace(root.start(), root.end(), flowMapWith(root, path, REMOVE)));
        }
        return removeIn(root, path, null, null);
    }

    private List<TextEdit> setIn(YamlNode.Map map, KeyPath path, Object value) {
        YamlNode.Pair pair = find(map, path.first());
        if (path.isTopLevel()) {
            return pair == null ? List.of(insert(map, path.first(), value)) : replace(map, pair, value);
        }
        if (pair == null) {
            return List.of(insert(map, path.first(), nest(path, value)));
        }
        YamlNode child = pair.value();
        if (child instanceof YamlNode.Map childMap && !childMap.flow()) {
            return setIn(childMap, path.rest(), value);
        }
        if (child instanceof YamlNode.Map childMap) {
            return List.of(TextEdit.replace(childMap.start(), childMap.end(),
                    flowMapWith(childMap, path.rest(), value)));
        }
        if (isNull(child)) {
            return replace(map, pair, nest(path, value));
        }
        throw new FrontMatterEditException("'" + pair.keyText() + "' holds a " + describe(child) + ", not a map, so '"
                + path + "' cannot be set. Change '" + pair.keyText() + "' into a map first.");
    }

    private List<TextEdit> removeIn(YamlNode.Map map, KeyPath path, YamlNode.Map parent, YamlNode.Pair parentPair) {
        YamlNode.Pair pair = find(map, path.first());
        if (pair == null) {
            return List.of();
        }
        if (!path.isTopLevel()) {
            YamlNode child = pair.value();
            if (child instanceof YamlNode.Map childMap && !childMap.flow()) {
                return removeIn(childMap, path.rest(), map, pair);
            }
            if (child instanceof YamlNode.Map childMap && find(childMap, path.get(1)) != null) {
                return List.of(TextEdit.replace(childMap.start(), childMap.end(),
                        flowMapWith(childMap, path.rest(), REMOVE)));
            }
            return List.of();
        }
        if (map.pairs().size() == 1 && parentPair != null) {
            return replace(parent, parentPair, new LinkedHashMap<>());
        }
        TextRange range = YamlReader.entryLines(text, lines, map, pair);
        return List.of(new TextEdit(range, ""));
    }

    /** Replaces the value of an existing pair, keeping the key's text and anything after the value on its line. */
    private List<TextEdit> replace(YamlNode.Map map, YamlNode.Pair pair, Object value) {
        YamlNode old = pair.value();
        if (value instanceof Map<?, ?> newMap && !newMap.isEmpty() && old instanceof YamlNode.Map oldMap
                && !oldMap.flow() && !oldMap.pairs().isEmpty()) {
            return mergeMap(oldMap, newMap);
        }
        int keyColumn = column(pair.keyNode().start());
        YamlWriter.Rendered rendered = writer.value(value, old, keyColumn);
        int keyLine = lines.line(pair.keyNode().start());
        int colonEnd = colonEnd(pair);
        if (old instanceof YamlNode.Scalar scalar && scalar.isEmpty()) {
            int end = colonEnd;
            int lineEnd = lines.lineEnd(keyLine, text);
            if (text.substring(colonEnd, lineEnd).isBlank()) {
                end = lineEnd;
            }
            return List.of(TextEdit.replace(colonEnd, end, YamlWriter.attach(rendered)));
        }
        int valueEnd = valueEnd(old);
        if (lines.line(old.start()) == keyLine) {
            return List.of(replaceOnKeyLine(old, rendered, colonEnd, valueEnd));
        }
        String tail = text.substring(colonEnd, lines.lineEnd(keyLine, text)).strip();
        String comment = tail.startsWith("#") ? " " + tail : "";
        String replacement;
        if (rendered instanceof YamlWriter.Inline inline) {
            replacement = " " + inline.text() + comment;
        } else if (rendered instanceof YamlWriter.Block blockValue) {
            replacement = comment + blockValue.text();
        } else {
            YamlWriter.BlockScalar scalar = (YamlWriter.BlockScalar) rendered;
            replacement = " " + scalar.header() + comment + scalar.body();
        }
        return List.of(TextEdit.replace(colonEnd, valueEnd, replacement));
    }

    /** Replaces a value that starts on its key's line; a comment after it stays on that line. */
    private TextEdit replaceOnKeyLine(YamlNode old, YamlWriter.Rendered rendered, int colonEnd, int valueEnd) {
        if (rendered instanceof YamlWriter.Inline inline) {
            return TextEdit.replace(old.start(), valueEnd, inline.text());
        }
        // Lines now follow the value: a comment after it moves up next to the key, where it stays a comment.
        int lineEnd = lines.lineEnd(lines.line(Math.max(old.start(), valueEnd - 1)), text);
        String after = text.substring(valueEnd, Math.max(valueEnd, lineEnd)).strip();
        String comment = after.startsWith("#") ? " " + after : "";
        if (rendered instanceof YamlWriter.Block blockValue) {
            return TextEdit.replace(colonEnd, lineEnd, comment + blockValue.text());
        }
        YamlWriter.BlockScalar scalar = (YamlWriter.BlockScalar) rendered;
        return TextEdit.replace(old.start(), lineEnd, scalar.header() + comment + scalar.body());
    }

    /** Where the text of a value ends, before the line break a kept block scalar's content ends with. */
    private int valueEnd(YamlNode node) {
        int end = node.contentEnd();
        if (end > node.start() && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > node.start() && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** Sets a block map to {@code value} key by key, so unchanged keys, their comments and order stay. */
    private List<TextEdit> mergeMap(YamlNode.Map old, Map<?, ?> value) {
        List<TextEdit> edits = new ArrayList<>();
        StringBuilder added = new StringBuilder();
        int column = column(old.pairs().get(0).keyNode().start());
        for (Map.Entry<?, ?> entry : value.entrySet()) {
            String key = String.valueOf(entry.getKey());
            YamlNode.Pair pair = find(old, key);
            if (pair == null) {
                added.append(style.indent(column)).append(writer.pair(key, entry.getValue(), null, column))
                        .append(style.lineEnding());
            } else if (!Values.equivalent(valueOf(pair.value()), entry.getValue())) {
                edits.addAll(replace(old, pair, entry.getValue()));
            }
        }
        for (YamlNode.Pair pair : old.pairs()) {
            if (Values.findKey(stringKeys(value), pair.keyText()).isEmpty()) {
                edits.add(new TextEdit(YamlReader.entryLines(text, lines, old, pair), ""));
            }
        }
        if (!added.isEmpty()) {
            edits.add(TextEdit.insert(endOfLines(old.pairs().get(old.pairs().size() - 1)), added.toString()));
        }
        return edits;
    }

    private TextEdit insert(YamlNode.Map map, String key, Object value) {
        int column = map.pairs().isEmpty() ? 0 : column(map.pairs().get(0).keyNode().start());
        String line = style.indent(column) + writer.pair(key, value, null, column) + style.lineEnding();
        if (map != root) {
            return TextEdit.insert(endOfLines(map.pairs().get(map.pairs().size() - 1)), line);
        }
        List<String> keys = new ArrayList<>();
        List<Boolean> structured = new ArrayList<>();
        for (YamlNode.Pair pair : root.pairs()) {
            keys.add(pair.keyText());
            structured.add(KeyPlacement.isStructuredKey(pair.keyText(), valueOf(pair.value())));
        }
        KeyPlacement.Placement placement = KeyPlacement.place(keys, structured, key,
                KeyPlacement.isStructured(value));
        if (root.pairs().isEmpty()) {
            return TextEdit.insert(block.content().end(), line);
        }
        if (placement.index() == keys.size()) {
            return TextEdit.insert(endOfLines(root.pairs().get(keys.size() - 1)), line);
        }
        YamlNode.Pair next = root.pairs().get(placement.index());
        if (!placement.before()) {
            return TextEdit.insert(endOfLines(next), line);
        }
        return TextEdit.insert(startWithComments(placement.index()), line);
    }

    /** Start of the top-level pair's first line, moved up over the comment lines directly above it. */
    private int startWithComments(int index) {
        int line = lines.line(root.pairs().get(index).keyNode().start());
        int floor = index == 0 ? lines.line(block.content().start())
                : lines.line(root.pairs().get(index - 1).contentEnd() - 1) + 1;
        while (line - 1 >= floor) {
            String previous = text.substring(lines.lineStart(line - 1), lines.lineEnd(line - 1, text)).strip();
            if (!previous.startsWith("#")) {
                break;
            }
            line--;
        }
        return lines.lineStart(line);
    }

    private String flowMapWith(YamlNode.Map map, KeyPath path, Object value) {
        List<String> parts = new ArrayList<>();
        boolean found = false;
        for (YamlNode.Pair pair : map.pairs()) {
            String source = text.substring(pair.keyNode().start(), pair.contentEnd());
            if (found || !FrontMatter.fold(pair.keyText()).equals(FrontMatter.fold(path.first()))) {
                parts.add(source);
                continue;
            }
            found = true;
            String keySource = text.substring(pair.keyNode().start(), pair.keyNode().contentEnd());
            if (path.isTopLevel()) {
                if (value != REMOVE) {
                    parts.add(keySource + ": " + writer.inline(value, pair.value(), true));
                }
            } else if (pair.value() instanceof YamlNode.Map child) {
                parts.add(keySource + ": " + flowMapWith(child, path.rest(), value));
            } else if (value == REMOVE) {
                parts.add(source);
            } else if (isNull(pair.value())) {
                parts.add(keySource + ": " + writer.inline(nest(path, value), null, true));
            } else {
                throw new FrontMatterEditException("'" + pair.keyText() + "' is not a map, so '" + path
                        + "' cannot be set. Change '" + pair.keyText() + "' into a map first.");
            }
        }
        if (!found && value != REMOVE) {
            String key = YamlScalars.isPlainSafe(path.first(), true) ? path.first()
                    : YamlScalars.doubleQuoted(path.first());
            parts.add(key + ": " + writer.inline(nest(path, value), null, true));
        }
        return joinFlow(map, parts);
    }

    private String joinFlow(YamlNode.Map map, List<String> parts) {
        if (parts.isEmpty()) {
            return "{}";
        }
        String separator = ", ";
        if (map.pairs().size() >= 2) {
            separator = text.substring(map.pairs().get(0).contentEnd(), map.pairs().get(1).keyNode().start());
        }
        boolean pad = map.pairs().isEmpty() || text.charAt(map.start() + 1) == ' ';
        String space = pad ? " " : "";
        return "{" + space + String.join(separator, parts) + space + "}";
    }

    private YamlNode.Pair find(YamlNode.Map map, String key) {
        for (YamlNode.Pair pair : map.pairs()) {
            if (pair.keyText().equals(key)) {
                return pair;
            }
        }
        for (YamlNode.Pair pair : map.pairs()) {
            if (pair.keyText().equalsIgnoreCase(key)) {
                return pair;
            }
        }
        return null;
    }

    private int colonEnd(YamlNode.Pair pair) {
        int p = pair.keyNode().contentEnd();
        while (p < text.length() && text.charAt(p) != ':') {
            p++;
        }
        return Math.min(text.length(), p + 1);
    }

    private int endOfLines(YamlNode.Pair pair) {
        return YamlReader.lineEndWithBreak(text, lines, lines.line(Math.max(pair.contentEnd() - 1, 0)));
    }

    private int column(int offset) {
        return lines.column(offset) - 1;
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.tag().endsWith(":null");
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Seq ? "list" : "single value";
    }

    private static Object valueOf(YamlNode node) {
        try {
            return new YamlValues().value(node);
        } catch (RuntimeException e) {
            return e;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** {@code value} under the keys of {@code path} after its first: {@code nest(a.b.c, v)} is {@code {b: {c: v}}}. */
    static Object nest(KeyPath path, Object value) {
        Object out = value;
        for (int i = path.size() - 1; i >= 1; i--) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put(path.get(i), out);
            out = map;
        }
        return out;
    }
}
