/**
 * The leaf of the core: positions, ranges, edits and diagnostics over a post's text, shared by every other core
 * package. Offsets are UTF-16 indexes into the decoded text with its original line endings; lines and columns shown
 * to users are 1-based.
 */
package io.recapstudio.core.text;
