package io.recapstudio.core.site.archetype;

import io.recapstudio.core.site.SiteException;
import java.nio.file.Path;

/** An archetype Recap Studio cannot evaluate: the message names the file, the line and what to change. */
public final class ArchetypeException extends SiteException {

    private static final long serialVersionUID = 1L;

    public ArchetypeException(Path file, int line, String detail) {
        super(file, line, detail);
    }
}
