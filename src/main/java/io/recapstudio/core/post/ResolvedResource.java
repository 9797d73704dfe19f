package io.recapstudio.core.post;

import java.util.Map;

/**
 * A bundle resource as Hugo's templates see it after {@code resources} metadata is applied.
 *
 * @param resource the file
 * @param name     {@code .Name}: the relative path, or the metadata's {@code name} with {@code :counter} filled in
 * @param title    {@code .Title}: the metadata's {@code title}, or the name when none matches
 * @param params   {@code .Params}: merged from every matching entry (the first entry to set a key wins); keys are
 *                 lower-cased as Hugo does
 */
public record ResolvedResource(BundleResource resource, String name, String title, Map<String, Object> params) {

    public ResolvedResource {
        params = Map.copyOf(params);
    }
}
