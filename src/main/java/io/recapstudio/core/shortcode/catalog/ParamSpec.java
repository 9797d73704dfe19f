package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.site.HugoVersion;
import java.util.List;

/**
 * One parameter of a shortcode. A parameter read both by name and by position in the template
 * ({@code .Get "id" | default (.Get 0)}) has both.
 *
 * @param name         the named-argument key, or null when it is only positional
 * @param position     the 0-based positional index, or null when it is only named
 * @param defaultValue the value used when it is left out, as written in the template or catalog, or null
 * @param type         what it holds
 * @param choices      the allowed values for {@link ParamType#CHOICE} (empty otherwise)
 * @param required     whether a call without it is wrong (Hugo fails or the output is empty)
 * @param description  one line for the form's tooltip, or null
 * @param since        the Hugo version that added it (built-ins), or null
 */
public record ParamSpec(String name, Integer position, String defaultValue, ParamType type, List<String> choices,
                        boolean required, String description, HugoVersion since) {

    public ParamSpec {
        if (name == null && position == null) {
            throw new IllegalArgumentException("a parameter needs a name or a position");
        }
        type = type == null ? ParamType.STRING : type;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A named parameter. */
    public static ParamSpec named(String name, ParamType type, String defaultValue, String description) {
        return new ParamSpec(name, null, defaultValue, type, List.of(), false, description, null);
    }

    /** A positional parameter. */
    public static ParamSpec positional(int position, String name, ParamType type, String description) {
        return new ParamSpec(name, position, null, type, List.of(), false, description, null);
    }

    /** A copy that is required. */
    public ParamSpec asRequired() {
        return new ParamSpec(name, position, defaultValue, type, choices, true, description, since);
    }

    /** A copy with choices (and type {@link ParamType#CHOICE}). */
    public ParamSpec withChoices(List<String> newChoices) {
        return new ParamSpec(name, position, defaultValue, ParamType.CHOICE, newChoices, required, description,
                since);
    }

    /** A copy available only from a Hugo version on. */
    public ParamSpec since(HugoVersion version) {
        return new ParamSpec(name, position, defaultValue, type, choices, required, description, version);
    }

    /** Whether Hugo {@code version} knows this parameter (always when either is unknown). */
    public boolean availableIn(HugoVersion version) {
        return since == null || version == null || version.atLeast(since);
    }

    /**
     * A short label for forms and messages: the name, else the word before a colon at the start of the description
     * ({@code "Command: Fit, …"} gives {@code command}), else {@code #position}.
     */
    public String label() {
        if (name != null) {
            return name;
        }
        int colon = description == null ? -1 : description.indexOf(':');
        if (colon > 0 && colon <= 20 && !description.substring(0, colon).contains(" ")) {
            return description.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        }
        return "#" + position;
    }
}
