package io.recapstudio.core.frontmatter;

import java.util.Arrays;
import java.util.List;

/**
 * The keys leading to a value: {@code title}, or {@code params.author} for {@code author} inside the {@code params}
 * map. Build one with {@link #of(String...)} when a key itself contains a dot.
 *
 * @param keys one or more keys, outermost first
 */
public record KeyPath(List<String> keys) {

    public KeyPath {
        keys = List.copyOf(keys);
        if (keys.isEmpty() || keys.stream().anyMatch(k -> k == null || k.isEmpty())) {
            throw new IllegalArgumentException("a key path needs one or more non-empty keys: " + keys);
        }
    }

    /** A path of these keys, taken as they are (dots included). */
    public static KeyPath of(String... keys) {
        return new KeyPath(Arrays.asList(keys));
    }

    /** Splits {@code dotted} at each dot: {@code "params.author"} is {@code params} then {@code author}. */
    public static KeyPath parse(String dotted) {
        return new KeyPath(Arrays.asList(dotted.split("\\.", -1)));
    }

    /** Number of keys. */
    public int size() {
        return keys.size();
    }

    /** The outermost key. */
    public String first() {
        return keys.get(0);
    }

    /** The innermost key. */
    public String last() {
        return keys.get(keys.size() - 1);
    }

    /** The key at {@code index}, outermost first. */
    public String get(int index) {
        return keys.get(index);
    }

    /** The path without its first key; only for paths of two or more keys. */
    public KeyPath rest() {
        return new KeyPath(keys.subList(1, keys.size()));
    }

    /** The first {@code count} keys. */
    public KeyPath prefix(int count) {
        return new KeyPath(keys.subList(0, count));
    }

    /** True for a single key. */
    public boolean isTopLevel() {
        return keys.size() == 1;
    }

    @Override
    public String toString() {
        return String.join(".", keys);
    }
}
