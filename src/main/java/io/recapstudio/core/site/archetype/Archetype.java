package io.recapstudio.core.site.archetype;

import io.recapstudio.core.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The archetype Hugo would use for a new post of a section, looked up in the site's {@code archetypes/} folder,
 * then in each theme's: {@code <section>/} (a bundle archetype: a folder with {@code index.md} and other files),
 * {@code <section>.md}, {@code default/}, {@code default.md}.
 *
 * @param path      the archetype file or folder
 * @param directory whether it is a bundle archetype (a folder)
 */
public record Archetype(Path path, boolean directory) {

    /** The archetype for {@code section}, if the site or a theme has one. */
    public static Optional<Archetype> find(Site site, String section) {
        List<Path> roots = new ArrayList<>();
        roots.add(site.root().resolve("archetypes"));
        site.themeDirs().forEach(t -> roots.add(t.resolve("archetypes")));
        for (Path root : roots) {
            for (String name : List.of(section, "default")) {
                Path dir = root.resolve(name);
                if (Files.isDirectory(dir)) {
                    return Optional.of(new Archetype(dir, true));
                }
                Path file = root.resolve(name + ".md");
                if (Files.isRegularFile(file)) {
                    return Optional.of(new Archetype(file, false));
                }
            }
        }
        return Optional.empty();
    }
}
