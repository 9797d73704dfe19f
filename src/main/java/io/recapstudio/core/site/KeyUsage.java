package io.recapstudio.core.site;

import java.util.Map;

/**
 * How the site's posts use one front-matter key.
 *
 * @param key   the key as written
 * @param count how many posts have it
 * @param types how often each value type appears
 */
public record KeyUsage(String key, int count, Map<ValueType, Integer> types) {

    public KeyUsage {
        types = Map.copyOf(types);
    }

    /** The type most posts give this key. */
    public ValueType usualType() {
        return types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(ValueType.NULL);
    }
}
