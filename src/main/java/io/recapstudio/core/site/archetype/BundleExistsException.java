package io.recapstudio.core.site.archetype;

import io.recapstudio.core.site.SiteException;
import java.nio.file.Path;

/** The folder a new bundle would go into already exists; nothing is overwritten. */
public final class BundleExistsException extends SiteException {

    private static final long serialVersionUID = 1L;

    public BundleExistsException(Path bundleDir) {
        super(bundleDir, 0, "already exists; choose another title or date, or edit that post");
    }
}
