package io.recapstudio.core.frontmatter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Conversions and comparisons of front matter values (the plain Java shapes {@link FrontMatterEntry} lists). */
final class Values {

    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on", "y", "1", "t");
    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "off", "n", "0", "f");

    private Values() {
    }

    /** A value found in a map, with the key as the map spells it. */
    record Found(String key, Object value) {
    }

    /** The key of {@code map} that matches {@code key}: the exact spelling first, then ignoring case. */
    static Optional<String> findKey(Map<String, ?> map, String key) {
        if (map.containsKey(key)) {
            return Optional.of(key);
        }
        for (String candidate : map.keySet()) {
            if (candidate.equalsIgnoreCase(key)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static Optional<Found> lookup(Map<String, Object> root, KeyPath path) {
        Map<String, Object> map = root;
        for (int i = 0; i < path.size(); i++) {
            Optional<String> key = findKey(map, path.get(i));
            if (key.isEmpty()) {
                return Optional.empty();
            }
            Object value = map.get(key.get());
            if (i == path.size() - 1) {
                return Optional.of(new Found(key.get(), value));
            }
            if (!(value instanceof Map<?, ?>)) {
                return Optional.empty();
            }
            map = (Map<String, Object>) value;
        }
        return Optional.empty();
    }

    static Optional<FrontMatterDate> asDate(Object value) {
        if (value instanceof FrontMatterDate date) {
            return Optional.of(date);
        }
        if (value instanceof String s) {
            return FrontMatterDate.parse(s);
        }
        if (value instanceof Temporal t && isDateValue(t)) {
            DateStyle style = t instanceof LocalDate ? DateStyle.DATE_ONLY : DateStyle.ISO;
            return Optional.of(FrontMatterDate.of(t, style));
        }
        return Optional.empty();
    }

    static boolean isDateValue(Object value) {
        return value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime;
    }

    static Optional<Boolean> asBoolean(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value instanceof String s) {
            String word = s.strip().toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(word)) {
                return Optional.of(true);
            }
            if (FALSE_WORDS.contains(word)) {
                return Optional.of(false);
            }
        }
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue() != 0);
        }
        return Optional.empty();
    }

    static String asString(Object value) {
        return value == null ? "" : value.toString();
    }

    static List<String> asStrings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (item != null && !(item instanceof Map<?, ?>) && !(item instanceof List<?>)) {
                    out.add(item.toString());
                }
            }
            return out;
        }
        if (value instanceof Map<?, ?>) {
            return List.of();
        }
        String s = value.toString();
        return s.isEmpty() ? List.of() : List.of(s);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> asMaps(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                out.add((Map<String, Object>) map);
            }
        }
        return out;
    }

    /** A form of {@code value} in which values Hugo reads the same way are equal. */
    static Object normalize(Object value) {
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d;
        }
        if (value instanceof Float f) {
            return normalize(f.doubleValue());
        }
        if (value instanceof Number n) {
            BigDecimal decimal = n instanceof BigInteger big ? new BigDecimal(big) : new BigDecimal(n.toString());
            return decimal.stripTrailingZeros();
        }
        if (value instanceof FrontMatterDate date) {
            return dateKey(date.value());
        }
        if (value instanceof Temporal t && isDateValue(t)) {
            return dateKey(t);
        }
        if (value instanceof String s) {
            return FrontMatterDate.parse(s).<Object>map(d -> dateKey(d.value())).orElse(s);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(normalize(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
            return out;
        }
        return value.toString();
    }

    private static String dateKey(Temporal t) {
        Temporal value = t instanceof ZonedDateTime z ? z.toOffsetDateTime() : t;
        return "date:" + value;
    }

    static boolean equivalent(Object a, Object b) {
        return java.util.Objects.equals(normalize(a), normalize(b));
    }

    /** A deep copy of {@code root} with {@code value} at {@code path} (creating maps on the way). */
    static Map<String, Object> with(Map<String, Object> root, KeyPath path, Object value) {
        Map<String, Object> copy = deepCopy(root);
        Map<String, Object> map = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            map = childMap(map, path.get(i));
        }
        String key = findKey(map, path.last()).orElse(path.last());
        map.put(key, value);
        return copy;
    }

    /** A deep copy of {@code root} without the value at {@code path}. */
    static Map<String, Object> without(Map<String, Object> root, KeyPath path) {
        Map<String, Object> copy = deepCopy(root);
        Map<String, Object> map = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            map = childMap(map, path.get(i));
        }
        findKey(map, path.last()).ifPresent(map::remove);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> childMap(Map<String, Object> map, String key) {
        String actual = findKey(map, key).orElse(key);
        Object child = map.get(actual);
        if (!(child instanceof Map<?, ?>)) {
            child = new LinkedHashMap<String, Object>();
            map.put(actual, child);
        }
        return (Map<String, Object>) child;
    }

    @SuppressWarnings("unchecked")
    static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), deepCopy(v)));
            return (T) out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(deepCopy(item)));
            return (T) out;
        }
        return value;
    }
}
