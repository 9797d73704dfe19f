/**
 * Writing shortcode calls for the palette: a draft per catalog entry turned into a correct call, a draft read back
 * from an existing call and the one edit that rewrites it, post URLs recognised as embeds, and dropped images and
 * photo folders turned into bundle files and calls.
 */
package io.recapstudio.core.shortcode.compose;
