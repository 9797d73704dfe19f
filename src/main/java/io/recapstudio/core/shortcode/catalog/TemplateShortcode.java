package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.shortcode.Delimiter;
import java.util.List;

/**
 * What a shortcode template reveals about its calls.
 *
 * @param params      the parameters it reads, positional first
 * @param inner       whether it uses {@code .Inner} / {@code .InnerDeindent}
 * @param delimiter   the call form that suits it: {@code {{% %}}} when it prints its inner content as it is (so the
 *                    Markdown in it gets rendered), {@code {{< >}}} otherwise (no inner content, or the template
 *                    renders or escapes it itself: {@code markdownify}, {@code RenderString}, {@code highlight})
 * @param anyParams   whether it ranges over or passes on {@code .Params} as a whole (accepts any argument)
 * @param description the first lines of a leading template comment, or null
 */
public record TemplateShortcode(List<ParamSpec> params, boolean inner, Delimiter delimiter,
                                boolean anyParams, String description) {

    public TemplateShortcode {
        params = List.copyOf(params);
    }
}
