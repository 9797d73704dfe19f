package io.recapstudio.core.shortcode;

/** How an argument's value is written. */
public enum QuoteStyle {
    /** {@code value}: no quotes. */
    BARE,
    /** {@code "value"}, with {@code \"} for a quote inside. */
    DOUBLE,
    /** {@code `value`}: raw, may span lines, no escapes. */
    RAW
}
