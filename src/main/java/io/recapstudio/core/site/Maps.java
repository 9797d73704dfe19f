package io.recapstudio.core.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small helpers to read values out of parsed config and front-matter maps. */
final class Maps {

    private Maps() {
    }

    static Object get(Map<?, ?> map, String key) {
        return map == null ? null : map.get(key);
    }

    /** The value at a key path, or null when any step is missing or not a map. */
    static Object getPath(Map<?, ?> map, List<String> path) {
        Object current = map;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    static Optional<String> string(Map<?, ?> map, String key) {
        Object value = get(map, key);
        return value == null || value instanceof Map || value instanceof List ? Optional.empty()
                : Optional.of(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A string becomes a one-element list; a list is kept; anything else gives an empty list. */
    static List<Object> list(Object value) {
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return value == null ? List.of() : List.of(value);
    }

    static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(String.valueOf(value));
    }

    /** Deep merge: maps merge key by key, {@code over} wins for anything else. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        over.forEach((k, v) -> {
            Object old = out.get(k);
            if (old instanceof Map<?, ?> oldMap && v instanceof Map<?, ?> newMap) {
                out.put(k, merge((Map<String, Object>) oldMap, (Map<String, Object>) newMap));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Puts {@code value} at a key path, creating maps on the way, merging when a map is already there. */
    @SuppressWarnings("unchecked")
    static void putPath(Map<String, Object> map, List<String> path, Map<String, Object> value) {
        Map<String, Object> current = map;
        for (String key : path.subList(0, path.size() - 1)) {
            Object next = current.get(key);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                current.put(key, next);
            }
            current = (Map<String, Object>) next;
        }
        String last = path.get(path.size() - 1);
        Object old = current.get(last);
        current.put(last, old instanceof Map<?, ?> m ? merge((Map<String, Object>) m, value) : value);
    }
}
