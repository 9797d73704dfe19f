/**
 * Posts and page bundles, read and written without damaging a byte.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>{@link io.recapstudio.core.post.SourceText}: {@code decode(bytes).encode()} equals {@code bytes} for every
 *       input. UTF-8 with or without BOM; a file that is not valid UTF-8 is reported (rule {@code encoding}, at the
 *       first bad byte, with a Windows-1252 fix) and its undecodable bytes survive edits elsewhere. Line breaks (LF,
 *       CRLF, lone CR, mixed), a leading blank line and a missing trailing newline stay in the text as they were.</li>
 *   <li>{@link io.recapstudio.core.post.LineEndings}: the editor works on LF text; {@code restore} gives every line
 *       it kept its original break, and new lines the file's dominant one. An unedited round trip is exact.</li>
 *   <li>{@link io.recapstudio.core.post.Post} and {@link io.recapstudio.core.post.PageBundle}: a post nobody edited
 *       is written back byte for byte; every write is atomic (temporary file in the same folder, then one move), so
 *       a failure leaves the file as it was; resources are never written.</li>
 *   <li>{@link io.recapstudio.core.post.HugoGlob} and {@link io.recapstudio.core.post.ResourceMetadata}: resource
 *       globs, {@code resources} metadata ({@code :counter}, first match wins, params merge) and the order of
 *       {@code .Resources} are Hugo's, checked against Hugo 0.111.3.</li>
 * </ul>
 * Nothing here imports JavaFX; reading never throws for content problems (they are diagnostics), only for I/O.
 */
package io.recapstudio.core.post;
