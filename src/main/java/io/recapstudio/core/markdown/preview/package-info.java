/**
 * The preview's shortcode renderers: offline stand-ins for what Hugo, Docsy and common shortcode packages render,
 * showing the real processed bundle images at Hugo's sizes, cards for embeds, boxes for the rest.
 */
package io.recapstudio.core.markdown.preview;
