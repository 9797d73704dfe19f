package io.recapstudio.core.export;

import java.util.Optional;

/**
 * What {@link VerifiedExport} did.
 *
 * @param written the bundle written, or empty when nothing was (Hugo could not build the site with it)
 * @param build   Hugo's build of a copy of the site with the bundle, when verifying was asked; its paths are the
 *                site's own
 */
public record ExportOutcome(Optional<ExportReport> written, Optional<HugoVerifier.Result> build) {

    /** True when a Hugo build was run and failed. */
    public boolean buildFailed() {
        return build.map(b -> !b.succeeded()).orElse(false);
    }
}
