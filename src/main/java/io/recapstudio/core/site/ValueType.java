package io.recapstudio.core.site;

import java.util.List;
import java.util.Map;

/** The kind of a front-matter value, as the site index reports it. */
public enum ValueType {
    STRING, DATE, BOOLEAN, INTEGER, FLOAT, LIST, MAP, NULL;

    /** The type of one parsed value; text that reads as a Hugo date is {@link #DATE}. */
    public static ValueType of(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return INTEGER;
        }
        if (value instanceof Number) {
            return FLOAT;
        }
        if (value instanceof List<?>) {
            return LIST;
        }
        if (value instanceof Map<?, ?>) {
            return MAP;
        }
        String text = String.valueOf(value);
        boolean mayBeDate = text.length() >= 10 && Character.isDigit(text.charAt(0)) && text.charAt(4) == '-';
        return mayBeDate && io.recapstudio.core.frontmatter.FrontMatterDate.parse(text).isPresent() ? DATE : STRING;
    }
}
