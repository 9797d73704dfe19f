package io.recapstudio.core.export;

import io.recapstudio.core.site.Site;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a bundle is exported: a folder the user named ({@code --out DIR}), or a site's section with a folder name
 * made from the site's pattern.
 *
 * @param bundleDir the bundle folder to write ({@code DIR/index.md} and the resources beside it)
 * @param site      the site it lands in, when exported into one (for checks and the Hugo verification)
 * @param section   the section within that site, when known
 */
public record ExportTarget(Path bundleDir, Optional<Site> site, Optional<String> section) {

    public ExportTarget {
        Objects.requireNonNull(bundleDir, "bundleDir");
        bundleDir = bundleDir.toAbsolutePath().normalize();
        site = site == null ? Optional.empty() : site;
        section = section == null ? Optional.empty() : section;
        if (bundleDir.getParent() == null) {
            throw new IllegalArgumentException("cannot export into the file system root; name a bundle folder");
        }
    }

    /** A bundle folder named by the user, outside any known site. */
    public static ExportTarget folder(Path bundleDir) {
        return new ExportTarget(bundleDir, Optional.empty(), Optional.empty());
    }
}
