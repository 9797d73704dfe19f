package io.recapstudio.core.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The renderers a pipeline uses, by shortcode name, and the one it uses for names it does not know. Immutable.
 */
public final class ShortcodeRenderers {

    private final Map<String, ShortcodeRenderer> renderers;
    private final ShortcodeRenderer fallback;

    private ShortcodeRenderers(Map<String, ShortcodeRenderer> renderers, ShortcodeRenderer fallback) {
        this.renderers = Map.copyOf(renderers);
        this.fallback = fallback;
    }

    /** A catalog of {@code renderers}, using {@code fallback} for every other name. */
    public static ShortcodeRenderers of(Map<String, ShortcodeRenderer> renderers, ShortcodeRenderer fallback) {
        return new ShortcodeRenderers(renderers, fallback);
    }

    /** The renderer for {@code name}: its own, or the fallback. */
    public ShortcodeRenderer rendererFor(String name) {
        return renderers.getOrDefault(name, fallback);
    }

    /** True when {@code name} has its own renderer. */
    public boolean knows(String name) {
        return renderers.containsKey(name);
    }

    /** The names that have their own renderer. */
    public Set<String> names() {
        return renderers.keySet();
    }

    /** This catalog with {@code renderer} for {@code name} (added or replacing the existing one). */
    public ShortcodeRenderers with(String name, ShortcodeRenderer renderer) {
        Map<String, ShortcodeRenderer> copy = new LinkedHashMap<>(renderers);
        copy.put(name, renderer);
        return new ShortcodeRenderers(copy, fallback);
    }
}
