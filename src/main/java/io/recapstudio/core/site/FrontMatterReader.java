package io.recapstudio.core.site;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the front matter of a content file for the site index. {@link PlainFrontMatterReader} is the plain
 * YAML/TOML/JSON implementation; the lossless front-matter parser of {@code core.frontmatter} can stand in for it
 * through this interface. Implementations must be safe to call from several threads at once.
 */
public interface FrontMatterReader {

    /**
     * @param file the file, for messages
     * @param text the file's whole text
     * @return empty when the file has no front matter
     * @throws SiteException naming the file and line when the front matter does not parse
     */
    Optional<FrontMatterValues> read(Path file, String text);
}
