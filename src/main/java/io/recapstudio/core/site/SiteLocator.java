package io.recapstudio.core.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the Hugo site a file or folder belongs to by walking up from it to the first folder holding a Hugo config
 * ({@code hugo.toml|yaml|yml|json}, {@code config.toml|yaml|yml|json} or {@code config/_default/}).
 */
public final class SiteLocator {

    private SiteLocator() {
    }

    /** The site root at or above {@code start} (a file or a folder), if any. */
    public static Optional<Path> findRoot(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        while (dir != null) {
            if (SiteConfigLoader.isSiteRoot(dir)) {
                return Optional.of(dir);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * Opens the site at or above {@code start}.
     *
     * @throws SiteNotFoundException when there is none
     */
    public static Site locate(Path start) {
        return Site.open(findRoot(start).orElseThrow(() -> new SiteNotFoundException(start.toAbsolutePath())));
    }

    /** Like {@link #locate(Path)}, with a user-set Hugo version that wins over the site's pins (null for none). */
    public static Site locate(Path start, HugoVersion versionOverride) {
        return Site.open(findRoot(start).orElseThrow(() -> new SiteNotFoundException(start.toAbsolutePath())),
                versionOverride);
    }
}
