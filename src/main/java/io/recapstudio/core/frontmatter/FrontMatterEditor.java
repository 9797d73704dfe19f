package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.TextEdit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lossless edits of a post's front matter. Each method returns {@link TextEdit}s against the whole post text that
 * touch only the lines of the key they change; every other byte (comments, key order, quoting, list style, date
 * style, indentation, line breaks) stays. Values are written in the file's own style: the replaced value's quoting,
 * flow or block list and date style, or for a new key the style of the file's other keys, with its indentation and
 * line break. A new key goes where a person would put it ({@link KeyPlacement}).
 *
 * <p>Works the same for YAML, TOML and JSON. Every edit is verified by parsing the result: the key must have the new
 * value and every other key must be unchanged, or a {@link FrontMatterEditException} is thrown and nothing changes.
 * A post without front matter gets a new YAML block. Keys are matched as Hugo does, without regard to case.
 *
 * <p>Values: {@code String}, numbers, {@code Boolean}, dates ({@link FrontMatterDate}, {@code LocalDate},
 * {@code LocalDateTime}, {@code OffsetDateTime}, {@code ZonedDateTime}), lists and maps of these.
 */
public final class FrontMatterEditor {

    private final String text;
    private final FrontMatter frontMatter;

    private FrontMatterEditor(FrontMatter frontMatter) {
        this.text = frontMatter.text();
        this.frontMatter = frontMatter;
    }

    /** An editor for the front matter of {@code postText}. */
    public static FrontMatterEditor of(String postText) {
        return new FrontMatterEditor(FrontMatter.parse(postText));
    }

    /** An editor for an already parsed front matter. */
    public static FrontMatterEditor of(FrontMatter frontMatter) {
        return new FrontMatterEditor(frontMatter);
    }

    /** The parsed front matter the edits are computed against. */
    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** Sets the value at a dotted path such as {@code "title"} or {@code "params.author"}. */
    public List<TextEdit> set(String dottedPath, Object value) {
        return set(KeyPath.parse(dottedPath), value);
    }

    /**
     * Sets the value at {@code path}, adding the key (and the maps on its way) when absent.
     *
     * @throws FrontMatterEditException when the front matter is malformed, a key on the path is not a map, or the
     *                                  result would not read back as intended
     * @throws IllegalArgumentException for a null value (use {@link #remove(KeyPath)})
     */
    public List<TextEdit> set(KeyPath path, Object value) {
        Object normalized = normalizeInput(Objects.requireNonNull(value, "value (use remove to delete a key)"));
        requireValid();
        if (frontMatter.has(path) && Values.equivalent(Values.lookup(frontMatter.values(), path).orElseThrow().value(),
                normalized) && exactlyWritten(path, normalized)) {
            return List.of();
        }
        List<TextEdit> edits = frontMatter.isPresent() ? editorFor().set(path, normalized) : newBlock(path, normalized);
        verify(edits, path, Values.with(frontMatter.values(), path, normalized));
        return edits;
    }

    /** Removes the key at a dotted path; no edits when it is absent. */
    public List<TextEdit> remove(String dottedPath) {
        return remove(KeyPath.parse(dottedPath));
    }

    /**
     * Removes the key at {@code path} with its lines; no edits when it is absent.
     *
     * @throws FrontMatterEditException when the front matter is malformed or the result would not read back
     */
    public List<TextEdit> remove(KeyPath path) {
        requireValid();
        if (!frontMatter.isPresent() || !frontMatter.has(path)) {
            return List.of();
        }
        List<TextEdit> edits = editorFor().remove(path);
        verify(edits, path, Values.without(frontMatter.values(), path));
        return edits;
    }

    /** {@code edits} applied to the post text. */
    public String apply(List<TextEdit> edits) {
        return TextEdit.applyAll(text, edits);
    }

    private boolean exactlyWritten(KeyPath path, Object value) {
        // A date given as FrontMatterDate with a different raw text is a change of style the caller asked for.
        Object current = Values.lookup(frontMatter.values(), path).orElseThrow().value();
        return !(value instanceof FrontMatterDate date) || !(current instanceof FrontMatterDate now)
                || date.raw().equals(now.raw());
    }

    private FormatEditor editorFor() {
        FrontMatterBlock block = frontMatter.block().orElseThrow();
        String lineEnding = lineEnding(block);
        Object layout = frontMatter.layout();
        return switch (block.format()) {
            case YAML -> {
                YamlEditor yaml = new YamlEditor(text, block, ((YamlReader.YamlLayout) layout).root(), lineEnding);
                yield new FormatEditor(yaml::set, yaml::remove);
            }
            case TOML -> {
                TomlEditor toml = new TomlEditor(text, block, ((TomlReader.TomlDocument) layout).statements(),
                        frontMatter.values(), lineEnding);
                yield new FormatEditor(toml::set, toml::remove);
            }
            case JSON -> {
                JsonEditor json = new JsonEditor(text, (JsonTree.Obj) layout, lineEnding);
                yield new FormatEditor(json::set, json::remove);
            }
        };
    }

    private List<TextEdit> newBlock(KeyPath path, Object value) {
        String lineEnding = firstLineBreak(text, 0);
        FrontMatterBlock empty = FrontMatter.parse("---" + lineEnding + "---" + lineEnding).block().orElseThrow();
        YamlEditor yaml = new YamlEditor("---" + lineEnding + "---" + lineEnding, empty, null, lineEnding);
        String block = TextEdit.applyAll("---" + lineEnding + "---" + lineEnding, yaml.set(path, value));
        return List.of(TextEdit.insert(0, block));
    }

    private void requireValid() {
        if (!frontMatter.isValid()) {
            Diagnostic first = frontMatter.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                    .orElseThrow();
            throw new FrontMatterEditException("The front matter cannot be edited until its error at line "
                    + first.line() + ", column " + first.column() + " is fixed: " + first.message());
        }
    }

    private void verify(List<TextEdit> edits, KeyPath path, Map<String, Object> expected) {
        String result = TextEdit.applyAll(text, edits);
        FrontMatter after = FrontMatter.parse(result);
        if (!after.isValid()) {
            throw new FrontMatterEditException("Changing '" + path + "' would break the front matter ("
                    + after.diagnostics().get(0).message() + "). The text was left as it is; edit it by hand.");
        }
        if (!Values.equivalent(expected, after.values())) {
            throw new FrontMatterEditException("Changing '" + path + "' in this file's style would not read back as "
                    + "intended (it reads " + after.values() + "). The text was left as it is; edit it by hand.");
        }
    }

    private static String lineEnding(FrontMatterBlock block, String text) {
        return firstLineBreak(text, block.range().start());
    }

    private String lineEnding(FrontMatterBlock block) {
        return lineEnding(block, text);
    }

    static String firstLineBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return "\n";
    }

    /** Plain shapes: Integer → Long, Float → Double, collections → List, map keys → String. */
    static Object normalizeInput(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalizeInput(Objects.requireNonNull(v,
                    "null value for key " + k))));
            return out;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> out = new ArrayList<>();
            collection.forEach(item -> out.add(normalizeInput(Objects.requireNonNull(item, "null list item"))));
            return out;
        }
        if (value instanceof Temporal && !Values.isDateValue(value)) {
            return value.toString();
        }
        return value;
    }

    /** The two operations each format's editor offers. */
    private record FormatEditor(Setter set, Remover remove) {
        List<TextEdit> set(KeyPath path, Object value) {
            return set.set(path, value);
        }

        List<TextEdit> remove(KeyPath path) {
            return remove.remove(path);
        }
    }

    @FunctionalInterface
    private interface Setter {
        List<TextEdit> set(KeyPath path, Object value);
    }

    @FunctionalInterface
    private interface Remover {
        List<TextEdit> remove(KeyPath path);
    }
}
