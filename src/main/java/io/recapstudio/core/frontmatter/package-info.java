/**
 * Front matter in YAML ({@code ---}), TOML ({@code +++}) and JSON ({@code {…}}): located as Hugo's page lexer does,
 * read into a typed view, and edited without reformatting anything.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>{@link io.recapstudio.core.frontmatter.FrontMatter#parse(String)} never throws. Malformed front matter gives
 *       an error diagnostic at its line and column (rule {@code frontmatter-syntax}, or
 *       {@code frontmatter-unterminated} for a missing closing delimiter); the text is never changed by reading.</li>
 *   <li>Each top-level key knows the lines it occupies; values of any shape are kept in file order; keys are looked up
 *       without regard to case, as Hugo does.</li>
 *   <li>{@link io.recapstudio.core.frontmatter.FrontMatterEditor} returns text edits that touch only the lines of the
 *       key being set, added or removed (in JSON, also the comma next to it). Comments, key order, quoting, flow or
 *       block lists, date styles, indentation, block scalars and line breaks elsewhere stay byte for byte. New values
 *       follow the replaced value's style or the file's. Every edit is verified by parsing the result: the key has
 *       the new value and all other keys are unchanged, or the edit is refused with a
 *       {@link io.recapstudio.core.frontmatter.FrontMatterEditException} and nothing changes.</li>
 *   <li>Positions come from the parsers themselves (SnakeYAML events, tomlj plus a statement scanner, jackson-core
 *       token locations); no document is ever re-serialized.</li>
 * </ul>
 */
package io.recapstudio.core.frontmatter;
