package io.recapstudio.core.site;

import java.nio.file.Path;

/** No Hugo site config was found in a folder or any folder above it. */
public final class SiteNotFoundException extends SiteException {

    private static final long serialVersionUID = 1L;

    public SiteNotFoundException(Path start) {
        super(null, 0, "no Hugo site found at " + start + " or above it (looked for hugo.toml|yaml|json, "
                + "config.toml|yaml|json and config/_default/); give the site's root folder");
    }
}
