package io.recapstudio.core.site;

import java.nio.file.Path;

/**
 * A folder on disk whose files Hugo sees as content.
 *
 * @param dir    the folder (absolute)
 * @param lang   the language its files belong to, or null when the language comes from file names
 *               ({@code index.de.md}) or the site has one language
 * @param prefix where the folder lands in Hugo's content tree: {@code ""} for the content root itself,
 *               {@code blog} for a mount with target {@code content/blog}
 */
public record ContentRoot(Path dir, String lang, String prefix) {

    public ContentRoot {
        prefix = prefix == null ? "" : prefix.replace('\\', '/').replaceAll("^/+|/+$", "");
    }
}
