package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.shortcode.Delimiter;
import java.util.List;
import java.util.Optional;

/**
 * One shortcode the palette offers.
 *
 * @param name        the call name, {@code /}-separated for nested template folders ({@code blocks/resource})
 * @param source      built-in, site or theme
 * @param file        the template, relative to the site root ({@code layouts/shortcodes/youtube.html}); null for
 *                    built-ins
 * @param inner       whether it takes inner content (a closing tag)
 * @param params      its parameters, positional ones first in position order
 * @param group       the palette group
 * @param description one line, or null
 * @param delimiter   the call form to insert, {@code {{< >}}} or {@code {{% %}}}
 */
public record ShortcodeEntry(String name, ShortcodeSource source, String file, boolean inner,
                             List<ParamSpec> params, ShortcodeGroup group, String description,
                             Delimiter delimiter) {

    public ShortcodeEntry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a shortcode needs a name");
        }
        params = List.copyOf(params);
        group = group == null ? ShortcodeGroup.SITE : group;
        delimiter = delimiter == null ? Delimiter.ANGLE : delimiter;
    }

    /** The parameter with this name (case-insensitive, as Hugo's {@code .Get}). */
    public Optional<ParamSpec> param(String paramName) {
        return params.stream().filter(p -> p.name() != null && p.name().equalsIgnoreCase(paramName)).findFirst();
    }

    /** The parameter at this position. */
    public Optional<ParamSpec> param(int position) {
        return params.stream().filter(p -> p.position() != null && p.position() == position).findFirst();
    }

    /** Whether calls may be positional (some parameter has a position). */
    public boolean acceptsPositional() {
        return params.stream().anyMatch(p -> p.position() != null);
    }

    public ShortcodeEntry withParams(List<ParamSpec> newParams) {
        return new ShortcodeEntry(name, source, file, inner, newParams, group, description, delimiter);
    }
}
