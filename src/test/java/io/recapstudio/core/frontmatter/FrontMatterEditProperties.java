package io.recapstudio.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * One-key edits on generated front matter (YAML, TOML, JSON): the edit succeeds, the key reads back as the intended
 * value, every other key is unchanged, and every line outside the key's own lines is byte for byte the same.
 */
class FrontMatterEditProperties {

    @Property(tries = 200)
    void settingOneKeyChangesOnlyThatKeysLines(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        for (FrontMatterFormat format : FrontMatterFormat.values()) {
            GeneratedDocs docs = new GeneratedDocs(seed);
            String text = docs.post(format);
            FrontMatter before = FrontMatter.parse(text);
            assertThat(before.isValid()).as("generated %s is valid:%n%s", format, text).isTrue();
            String key = docs.random().nextBoolean() && !before.entries().isEmpty()
                    ? docs.pick(before.entries()).key() : docs.pick(GeneratedDocs.KEYS);
            Object value = docs.value();
            checkEdit(text, before, KeyPath.of(key), value, seed);
        }
    }

    @Property(tries = 150)
    void settingOrRemovingANestedKeyChangesOnlyItsMap(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        for (FrontMatterFormat format : FrontMatterFormat.values()) {
            GeneratedDocs docs = new GeneratedDocs(seed);
            String text = docs.post(format);
            FrontMatter before = FrontMatter.parse(text);
            List<FrontMatterEntry> maps = before.entries().stream().filter(e -> e.value() instanceof Map<?, ?>)
                    .toList();
            if (maps.isEmpty()) {
                continue;
            }
            FrontMatterEntry map = docs.pick(maps);
            String child = docs.pick(List.of("a", "b", "c", "new_key"));
            KeyPath path = KeyPath.of(map.key(), child);
            if (docs.random().nextInt(3) == 0) {
                checkEdit(text, before, path, null, seed);
            } else {
                checkEdit(text, before, path, docs.value(), seed);
            }
        }
    }

    @Property(tries = 150)
    void removingOneKeyDeletesOnlyItsLines(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        for (FrontMatterFormat format : FrontMatterFormat.values()) {
            GeneratedDocs docs = new GeneratedDocs(seed);
            String text = docs.post(format);
            FrontMatter before = FrontMatter.parse(text);
            FrontMatterEntry entry = docs.pick(before.entries());
            checkEdit(text, before, KeyPath.of(entry.key()), null, seed);
        }
    }

    /** {@code value} null means remove. */
    private static void checkEdit(String text, FrontMatter before, KeyPath path, Object value, long seed) {
        FrontMatterEditor editor = FrontMatterEditor.of(text);
        String what = (value == null ? "remove " : "set ") + path + (value == null ? "" : " = " + value) + " (seed "
                + seed + ") in:\n" + text;
        List<TextEdit> edits = value == null ? editor.remove(path) : editor.set(path, value);
        String result = editor.apply(edits);
        FrontMatter after = FrontMatter.parse(result);

        assertThat(after.isValid()).as(what + "\nresult:\n" + result).isTrue();
        if (value == null) {
            assertThat(after.has(path)).as(what).isFalse();
        } else {
            Object read = Values.lookup(after.values(), path).map(Values.Found::value).orElse(null);
            assertThat(Values.equivalent(read, value)).as(what + "\nread back: " + read + "\nresult:\n" + result)
                    .isTrue();
        }
        String top = path.first();
        for (FrontMatterEntry entry : before.entries()) {
            if (!entry.key().equalsIgnoreCase(top)) {
                Optional<Object> now = Optional.ofNullable(after.values().get(entry.key()));
                assertThat(Values.equivalent(now.orElse(null), entry.value())).as(what + "\nkey " + entry.key())
                        .isTrue();
            }
        }
        boolean json = before.format().orElseThrow() == FrontMatterFormat.JSON;
        assertThat(linesOutside(after, top, json)).as(what + "\nresult:\n" + result)
                .isEqualTo(linesOutside(before, top, json));
    }

    /** Every line of the text that is not one of {@code key}'s lines (for JSON, without trailing commas). */
    private static List<String> linesOutside(FrontMatter fm, String key, boolean json) {
        String text = fm.text();
        LineIndex lines = LineIndex.of(text);
        TextRange skip = fm.entry(key).map(FrontMatterEntry::range).orElse(TextRange.empty(0));
        int first = skip.isEmpty() ? -1 : lines.line(skip.start());
        int last = skip.isEmpty() ? -2 : lines.line(skip.end() - 1);
        List<String> out = new ArrayList<>();
        for (int line = 1; line <= lines.lineCount(); line++) {
            if (line >= first && line <= last) {
                continue;
            }
            int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
            String content = text.substring(lines.lineStart(line), end);
            out.add(json ? content.replaceFirst(",(\r?\n)?$", "$1") : content);
        }
        return out;
    }
}
