package io.recapstudio.core.export;

import io.recapstudio.core.site.Site;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * An export that can first prove the site builds with the new bundle: the bundle is written into a throw-away
 * {@link SiteCopy} of the site, Hugo builds that, and only when it succeeds (or the export is forced) is the bundle
 * written into the site. The site is as before unless the build passed or the user forced the export.
 */
public final class VerifiedExport {

    private final BundleExporter exporter;

    public VerifiedExport(BundleExporter exporter) {
        this.exporter = exporter;
    }

    /**
     * Exports {@code plan}; with {@code hugo} present, builds a copy of the target site first and writes into the
     * site only when that build succeeded or the plan is forced ({@link ExportOptions#force()}).
     *
     * @throws ExportException as {@link BundleExporter#export} does, and when there is no site to build
     */
    public ExportOutcome run(ExportPlan plan, Optional<HugoVerifier> hugo, BundleExporter.Progress progress,
                             BooleanSupplier cancelled) {
        String refusal = plan.refusal();
        if (refusal != null) {
            throw new ExportRefusedException("export refused: " + refusal + "; nothing was written");
        }
        Optional<HugoVerifier.Result> build = hugo.map(h -> build(plan, h, progress, cancelled));
        if (build.map(b -> !b.succeeded()).orElse(false) && !plan.options().force()) {
            return new ExportOutcome(Optional.empty(), build);
        }
        return new ExportOutcome(Optional.of(exporter.export(plan, progress, cancelled)), build);
    }

    /**
     * Builds, with {@code hugo}, a copy of the plan's site holding the planned bundle; the site itself is only read.
     *
     * @throws ExportException when the plan has no site, or the copy or the build fails to run
     */
    public HugoVerifier.Result build(ExportPlan plan, HugoVerifier hugo, BundleExporter.Progress progress,
                                     BooleanSupplier cancelled) {
        Site site = plan.target().site().orElseThrow(() -> new ExportException("building with Hugo needs a Hugo"
                + " site: export into a site, or to a folder inside one"));
        progress.update(0, plan.totalBytes(), "Copying the site for the Hugo build");
        try (SiteCopy copy = SiteCopy.of(site, plan.target().bundleDir(), cancelled)) {
            new BundleExporter().export(plan.into(copy.inCopy(plan.target().bundleDir())), progress, cancelled);
            progress.update(-1, 1, "Building the site with Hugo");
            return copy.mapBack(hugo.build(copy.root(), copy.environment()));
        }
    }
}
