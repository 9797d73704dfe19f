package io.recapstudio.core.frontmatter.schema;

import java.util.List;

/**
 * One front-matter field of a schema.
 *
 * @param key      the key as written in posts
 * @param label    the form's label
 * @param kind     how it is edited and validated
 * @param required whether posts are expected to have it (a missing one is a warning: Hugo builds without it)
 * @param values   known values (tags of the site, choices), most used first; empty when free
 */
public record FieldSpec(String key, String label, FieldKind kind, boolean required, List<String> values) {

    public FieldSpec {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static FieldSpec of(String key, String label, FieldKind kind, boolean required) {
        return new FieldSpec(key, label, kind, required, List.of());
    }

    public FieldSpec withRequired(boolean value) {
        return new FieldSpec(key, label, kind, value, values);
    }

    public FieldSpec withValues(List<String> newValues) {
        return new FieldSpec(key, label, kind, required, newValues);
    }
}
