package io.recapstudio.core.frontmatter;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a person would put a new top-level key: after a related key when there is one ({@code description} after
 * {@code title}, {@code lastmod} after {@code date}), otherwise after the simple keys and before the first map or list
 * of maps ({@code resources}, {@code params}), otherwise at the end.
 */
final class KeyPlacement {

    /** Keys whose values are structures that belong below the simple keys. */
    static final Set<String> STRUCTURED_KEYS = Set.of("resources", "params", "cascade", "menu", "menus", "outputs",
            "build", "_build", "sitemap", "taxonomies");

    private static final Map<String, List<String>> AFTER = Map.ofEntries(
            Map.entry("linktitle", List.of("title")),
            Map.entry("subtitle", List.of("title")),
            Map.entry("description", List.of("subtitle", "linktitle", "title")),
            Map.entry("summary", List.of("description", "title")),
            Map.entry("date", List.of("title")),
            Map.entry("publishdate", List.of("date")),
            Map.entry("lastmod", List.of("publishdate", "date")),
            Map.entry("expirydate", List.of("lastmod", "publishdate", "date")),
            Map.entry("author", List.of("authors", "date", "title")),
            Map.entry("authors", List.of("author", "date", "title")),
            Map.entry("url", List.of("slug", "description", "title")),
            Map.entry("slug", List.of("url", "description", "title")),
            Map.entry("aliases", List.of("url", "slug")),
            Map.entry("tags", List.of("categories", "keywords", "url", "slug")),
            Map.entry("categories", List.of("tags", "keywords")),
            Map.entry("keywords", List.of("tags", "categories")),
            Map.entry("draft", List.of("lastmod", "date")),
            Map.entry("weight", List.of("draft")),
            Map.entry("images", List.of("description")),
            Map.entry("featured_image", List.of("images", "description")),
            Map.entry("image", List.of("images", "description")));

    private KeyPlacement() {
    }

    /**
     * Where to insert.
     *
     * @param index  the existing key the new one goes next to ({@code keys.size()} for the end)
     * @param before true to insert before that key (with the comment lines above it), false to insert after it
     */
    record Placement(int index, boolean before) {
    }

    /**
     * @param keys        the existing top-level keys in file order
     * @param structured  for each key, whether its value is a map or a list of maps
     * @param newKey      the key to add
     * @param newIsStructured whether the new value is a map or a list of maps
     */
    static Placement place(List<String> keys, List<Boolean> structured, String newKey, boolean newIsStructured) {
        String folded = FrontMatter.fold(newKey);
        for (String anchor : AFTER.getOrDefault(folded, List.of())) {
            for (int i = 0; i < keys.size(); i++) {
                if (FrontMatter.fold(keys.get(i)).equals(anchor)) {
                    return new Placement(i, false);
                }
            }
        }
        if (!newIsStructured && !STRUCTURED_KEYS.contains(folded)) {
            for (int i = 0; i < keys.size(); i++) {
                if (structured.get(i)) {
                    return new Placement(i, true);
                }
            }
        }
        return new Placement(keys.size(), true);
    }

    /** True when {@code value} is written as a structure (a non-empty map or a list holding maps). */
    static boolean isStructured(Object value) {
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return value instanceof List<?> list && list.stream().anyMatch(i -> i instanceof Map<?, ?>);
    }

    static boolean isStructuredKey(String key, Object value) {
        return STRUCTURED_KEYS.contains(FrontMatter.fold(key)) || isStructured(value);
    }
}
