package io.recapstudio.core.site.archetype;

import java.util.List;

/**
 * A token of a template action.
 *
 * @param kind   what it is
 * @param text   the string value, number text, identifier or variable name ({@code $} for the root variable)
 * @param fields field names chained right after it ({@code .Site.Params} gives [Site, Params])
 */
record Token(Kind kind, String text, List<String> fields) {

    enum Kind { STRING, NUMBER, IDENT, DOT, VAR, LPAREN, RPAREN, PIPE, DECLARE, ASSIGN }

    Token {
        fields = List.copyOf(fields);
    }
}
