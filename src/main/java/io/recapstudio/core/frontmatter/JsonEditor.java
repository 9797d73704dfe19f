package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lossless edits of JSON front matter: a value is replaced in place, a new member goes after a related one with the
 * file's indentation, and commas stay right. An object or array value keeps the layout of the value it replaces
 * (one line, or one item per line).
 */
final class JsonEditor {

    private final String text;
    private final LineIndex lines;
    private final JsonTree.Obj root;
    private final JsonWriter writer;

    JsonEditor(String text, JsonTree.Obj root, String lineEnding) {
        this.text = text;
        this.lines = LineIndex.of(text);
        this.root = root;
        this.writer = new JsonWriter(text, lines, JsonWriter.indentUnit(text, lines, root), separator(root),
                lineEnding);
    }

    List<TextEdit> set(KeyPath path, Object value) {
        return setIn(root, path, value);
    }

    List<TextEdit> remove(KeyPath path) {
        return removeIn(root, path);
    }

    private List<TextEdit> setIn(JsonTree.Obj object, KeyPath path, Object value) {
        int index = find(object, path.first());
        if (index < 0) {
            return List.of(insert(object, path.first(), YamlEditor.nest(path, value)));
        }
        JsonTree.Member member = object.members().get(index);
        if (!path.isTopLevel()) {
            if (member.value() instanceof JsonTree.Obj child) {
                return setIn(child, path.rest(), value);
            }
            if (!(member.value() instanceof JsonTree.Scalar scalar && scalar.value() == null)) {
                throw new FrontMatterEditException("'" + member.key() + "' is not an object, so '" + path
                        + "' cannot be set. Change '" + member.key() + "' into an object first.");
            }
            value = YamlEditor.nest(path, value);
        }
        JsonTree old = member.value();
        String rendered = writer.value(value, old, memberIndent(member));
        return List.of(TextEdit.replace(old.start(), old.end(), rendered));
    }

    private List<TextEdit> removeIn(JsonTree.Obj object, KeyPath path) {
        int index = find(object, path.first());
        if (index < 0) {
            return List.of();
        }
        List<JsonTree.Member> members = object.members();
        if (!path.isTopLevel()) {
            return members.get(index).value() instanceof JsonTree.Obj child ? removeIn(child, path.rest()) : List.of();
        }
        if (members.size() == 1) {
            return List.of(TextEdit.replace(object.start() + 1, object.end() - 1, ""));
        }
        if (index > 0) {
            return List.of(TextEdit.delete(members.get(index - 1).value().end(), members.get(index).value().end()));
        }
        return List.of(TextEdit.delete(members.get(0).keyStart(), members.get(1).keyStart()));
    }

    private TextEdit insert(JsonTree.Obj object, String key, Object value) {
        List<JsonTree.Member> members = object.members();
        if (members.isEmpty()) {
            int column = lineIndent(object.start());
            Map<String, Object> only = single(key, value);
            return TextEdit.replace(object.start(), object.end(), object == root ? writer.multiLineObject(only, column)
                    : writer.value(only, null, column));
        }
        boolean multiLine = lines.line(members.get(0).keyStart()) != lines.line(object.start());
        String indent = multiLine ? text.substring(lines.lineStart(lines.line(members.get(0).keyStart())),
                members.get(0).keyStart()) : "";
        String member = JsonWriter.string(key) + writer.separator() + writer.value(value, null, indent.length());
        int after = object == root ? anchor(key, value) : members.size() - 1;
        if (after < 0) {
            String gap = multiLine ? writer.lineEnding() + indent : " ";
            return TextEdit.insert(members.get(0).keyStart(), member + "," + gap);
        }
        String gap = multiLine ? writer.lineEnding() + indent : " ";
        return TextEdit.insert(members.get(after).value().end(), "," + gap + member);
    }

    /** The member a new top-level key goes after, or -1 for before the first. */
    private int anchor(String key, Object value) {
        List<String> keys = new ArrayList<>();
        List<Boolean> structured = new ArrayList<>();
        for (JsonTree.Member m : root.members()) {
            keys.add(m.key());
            structured.add(KeyPlacement.isStructuredKey(m.key(), m.value().value()));
        }
        KeyPlacement.Placement placement = KeyPlacement.place(keys, structured, key, KeyPlacement.isStructured(value));
        if (placement.index() == keys.size()) {
            return keys.size() - 1;
        }
        return placement.before() ? placement.index() - 1 : placement.index();
    }

    private int lineIndent(int offset) {
        int start = lines.lineStart(lines.line(offset));
        int p = start;
        while (p < offset && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p - start;
    }

    private int memberIndent(JsonTree.Member member) {
        return lines.column(member.keyStart()) - 1;
    }

    private static int find(JsonTree.Obj object, String key) {
        for (int i = 0; i < object.members().size(); i++) {
            if (object.members().get(i).key().equals(key)) {
                return i;
            }
        }
        for (int i = 0; i < object.members().size(); i++) {
            if (object.members().get(i).key().equalsIgnoreCase(key)) {
                return i;
            }
        }
        return -1;
    }

    private String separator(JsonTree.Obj object) {
        JsonTree.Obj sample = object;
        if (!sample.members().isEmpty()) {
            JsonTree.Member m = sample.members().get(0);
            String between = text.substring(m.keyEnd(), m.value().start());
            if (between.strip().equals(":")) {
                return between;
            }
        }
        return ": ";
    }

    static Map<String, Object> single(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }
}
