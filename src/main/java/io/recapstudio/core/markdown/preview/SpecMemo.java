package io.recapstudio.core.markdown.preview;

import io.recapstudio.core.image.ImageSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Image specs parsed once per written form: a re-render while typing runs every image shortcode of the post again
 * with the same arguments. A spec Hugo rejects is not remembered (its exception is thrown on every render, as it
 * should be reported on every render). Thread-safe.
 *
 * @param <K> the written form (the call's arguments)
 */
final class SpecMemo<K> {

    /** A post uses a few dozen distinct specs; past this the memo starts again. */
    private static final int MAX = 1024;

    private final Map<K, ImageSpec> specs = new ConcurrentHashMap<>();
    private final Function<K, ImageSpec> parser;

    SpecMemo(Function<K, ImageSpec> parser) {
        this.parser = parser;
    }

    /** The spec {@code written} stands for; throws what the parser throws for a bad one. */
    ImageSpec get(K written) {
        ImageSpec known = specs.get(written);
        if (known != null) {
            return known;
        }
        ImageSpec parsed = parser.apply(written);
        if (specs.size() >= MAX) {
            specs.clear();
        }
        specs.put(written, parsed);
        return parsed;
    }
}
