package io.recapstudio.core.shortcode;

import io.recapstudio.core.text.TextRange;
import java.util.Optional;

/**
 * One argument of a call, positional ({@code 600x}) or named ({@code user=jdoe}).
 *
 * @param name       the name of a named argument; empty for a positional one
 * @param value      the value as the shortcode sees it: quotes removed and escapes resolved as Hugo does
 * @param quote      how the value is written
 * @param range      the whole argument: from its name (or value) to the end of its value
 * @param nameRange  where the name is, for a named argument
 * @param valueRange where the value is written, quotes included (empty, after {@code =}, when the value is missing)
 */
public record Argument(Optional<String> name, String value, QuoteStyle quote, TextRange range,
                       Optional<TextRange> nameRange, TextRange valueRange) {

    public Argument {
        if (name == null || value == null || quote == null || range == null || nameRange == null
                || valueRange == null) {
            throw new IllegalArgumentException("every part of an argument is required");
        }
        if (name.isPresent() != nameRange.isPresent()) {
            throw new IllegalArgumentException("a name needs a name range and only a name has one");
        }
    }

    public boolean isNamed() {
        return name.isPresent();
    }
}
