package io.recapstudio.core.site.archetype;

import io.recapstudio.core.frontmatter.FrontMatterDate;
import io.recapstudio.core.site.archetype.ConventionalFrontMatter.Facts;
import io.recapstudio.core.site.archetype.SectionConventions.Sample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The new post's value for each conventional key: its title, date (and {@code lastmod}, {@code publishDate}) in the
 * site's style, {@code url}, {@code slug}, {@code draft: true}, an empty {@code description}, the author (given, else
 * the section's most frequent one, to check), taxonomy terms from the posts most like it by title (to check), the
 * {@code resources} block most posts have, and for any other key the value most posts share, else an empty value
 * of the usual type.
 */
final class PostValues {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "from", "our", "your", "this",
            "that", "into", "about", "how", "what", "why", "new", "are", "was", "you", "all", "its", "but", "not");
    private static final Set<String> AUTHOR_KEYS = Set.of("author", "authors");

    private final SectionConventions conventions;
    private final Facts facts;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> guessed = new LinkedHashSet<>();

    PostValues(SectionConventions conventions, Facts facts) {
        this.conventions = conventions;
        this.facts = facts;
        List<String> keys = new ArrayList<>(conventions.keys());
        if (!keys.contains("title")) {
            keys.add(0, "title");
        }
        if (!keys.contains("date")) {
            keys.add(keys.indexOf("title") + 1, "date");
        }
        if (!keys.contains("description") && !keys.contains("summary")) {
            keys.add(keys.indexOf("title") + 1, "description");
        }
        for (String key : keys) {
            Object value = value(key, conventions.values(key));
            if (value != null) {
                values.put(key, value);
            }
        }
    }

    Map<String, Object> all() {
        return values;
    }

    List<String> notes() {
        return notes;
    }

    /** Keys (as the post spells them) whose values were guessed and are marked {@code # check}. */
    Set<String> guessed() {
        return guessed;
    }

    private Object value(String key, List<Object> seen) {
        return switch (key) {
            case "title", "linktitle" -> facts.title();
            case "date", "publishdate", "lastmod" -> FrontMatterDate.parse(facts.dateStyle().format(facts.date()))
                    .orElseThrow();
            case "draft" -> Boolean.TRUE;
            case "url" -> facts.url();
            case "slug" -> facts.slug();
            case "description", "summary" -> "";
            case "resources" -> SectionConventions.mostCommon(seen, v -> v).orElse(List.of());
            default -> AUTHOR_KEYS.contains(key) ? author(key, seen)
                    : facts.taxonomies().contains(key) ? terms(key, seen) : generic(key, seen);
        };
    }

    private Object author(String key, List<Object> seen) {
        boolean list = seen.stream().filter(v -> v instanceof List<?>).count() * 2 > seen.size();
        String name = facts.author();
        if (name == null || name.isBlank()) {
            Map<String, Integer> counts = new HashMap<>();
            for (Object v : seen) {
                for (Object a : v instanceof List<?> l ? l : List.of(v)) {
                    if (a instanceof String s && !s.isBlank()) {
                        counts.merge(s.strip(), 1, Integer::sum);
                    }
                }
            }
            Optional<String> usual = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
            if (usual.isEmpty()) {
                return list ? List.of() : "";
            }
            name = usual.get();
            guessed.add(conventions.spelling(key));
            notes.add(conventions.spelling(key) + ": " + name + " is the section's most frequent author; check it");
        }
        return list ? List.of(name) : name;
    }

    /** Terms shared by most of the posts whose titles have the most words in common with the new title. */
    private Object terms(String key, List<Object> seen) {
        boolean list = seen.stream().filter(v -> v instanceof List<?>).count() * 2 >= seen.size();
        Set<String> words = words(facts.title());
        int best = 0;
        List<List<String>> similar = new ArrayList<>();
        for (Sample s : conventions.samples()) {
            Optional<Object> terms = s.value(key);
            Optional<Object> title = s.value("title");
            if (terms.isEmpty() || title.isEmpty()) {
                continue;
            }
            Set<String> shared = words(String.valueOf(title.get()));
            shared.retainAll(words);
            if (shared.size() > best) {
                best = shared.size();
                similar.clear();
            }
            if (shared.size() == best && best > 0) {
                similar.add(strings(terms.get()));
            }
        }
        List<String> chosen = best > 0 ? majority(similar, 0.5) : majority(seen.stream().map(PostValues::strings)
                .toList(), 0.25).stream().limit(1).toList();
        if (!chosen.isEmpty()) {
            guessed.add(conventions.spelling(key));
            notes.add(conventions.spelling(key) + ": " + chosen + (best > 0 ? " from the posts most like this one"
                    : " (the section's most used)") + "; check them");
        }
        if (!list) {
            return chosen.isEmpty() ? "" : chosen.get(0);
        }
        return chosen;
    }

    private static List<String> majority(List<List<String>> lists, double share) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        lists.forEach(l -> new LinkedHashSet<>(l).forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts.entrySet().stream().filter(e -> e.getValue() >= share * lists.size() && e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        for (Object v : value instanceof List<?> l ? l : List.of(value)) {
            if (v != null && !String.valueOf(v).isBlank()) {
                out.add(String.valueOf(v));
            }
        }
        return out;
    }

    static Set<String> words(String title) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(title.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !w.chars().allMatch(Character::isDigit) && !STOP_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The value most posts share (boilerplate such as {@code type: blog}), else an empty one of the usual type. */
    private Object generic(String key, List<Object> seen) {
        if (seen.isEmpty()) {
            return null;
        }
        Map<Object, Integer> counts = new LinkedHashMap<>();
        seen.forEach(v -> counts.merge(v == null ? "" : v, 1, Integer::sum));
        Map.Entry<Object, Integer> top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (top.getValue() * 2 > seen.size() && !"".equals(top.getKey())) {
            return top.getKey();
        }
        Object usual = SectionConventions.mostCommon(seen.stream().filter(Objects::nonNull).toList(),
                v -> v.getClass()).map(c -> seen.stream().filter(c::isInstance).findFirst().orElseThrow())
                .orElse(null);
        if (usual instanceof Map<?, ?>) {
            return map(seen);
        }
        return empty(usual);
    }

    /** A map of the sub-keys nearly all of these maps have, each valued by the same rules. */
    private Map<String, Object> map(List<Object> seen) {
        List<Map<?, ?>> maps = seen.stream().filter(v -> v instanceof Map<?, ?>).<Map<?, ?>>map(v -> (Map<?, ?>) v)
                .toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        maps.forEach(m -> m.keySet().forEach(k -> counts.merge(String.valueOf(k), 1, Integer::sum)));
        Map<String, Object> out = new LinkedHashMap<>();
        counts.forEach((k, n) -> {
            String folded = SectionConventions.fold(k);
            double share = (double) n / maps.size();
            if (share >= SectionConventions.NEARLY_ALL
                    || AUTHOR_KEYS.contains(folded) && share >= SectionConventions.MOST) {
                List<Object> sub = maps.stream().filter(m -> m.containsKey(k)).map(m -> (Object) m.get(k)).toList();
                Object v = AUTHOR_KEYS.contains(folded) && sub.stream().noneMatch(x -> x instanceof Map<?, ?>)
                        ? author(folded, sub) : generic(folded, sub);
                if (v != null) {
                    out.put(k, v);
                }
            }
        });
        return out;
    }

    private Object empty(Object usual) {
        if (usual instanceof String) {
            return "";
        }
        if (usual instanceof List<?>) {
            return List.of();
        }
        if (usual instanceof Boolean) {
            return Boolean.FALSE;
        }
        if (usual instanceof Double) {
            return 0.0;
        }
        if (usual instanceof Number) {
            return 0L;
        }
        if (usual instanceof FrontMatterDate) {
            return FrontMatterDate.parse(facts.dateStyle().format(facts.date())).orElseThrow();
        }
        return null;
    }
}
