package io.recapstudio.core.site;

import java.nio.file.Path;
import java.util.List;

/**
 * A top-level section of the site ({@code blog}, {@code posts}, {@code docs}) and the folders that hold it, one per
 * content root that has it (e.g. {@code content/en/blog} and {@code content/de/blog}).
 *
 * @param name the section name (the folder name below the content root)
 * @param dirs its folders, the default language's first
 */
public record Section(String name, List<SectionDir> dirs) {

    public Section {
        dirs = List.copyOf(dirs);
    }

    /**
     * One folder of a section.
     *
     * @param dir  the folder
     * @param root the content root it is in
     */
    public record SectionDir(Path dir, ContentRoot root) {
    }
}
