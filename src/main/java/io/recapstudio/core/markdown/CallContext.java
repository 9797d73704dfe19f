package io.recapstudio.core.markdown;

import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.nio.file.Path;
import java.util.Optional;

/** The {@link ShortcodeContext} of one call in one {@link RenderJob}. */
final class CallContext implements ShortcodeContext {

    private final RenderJob job;
    private final int at;

    CallContext(RenderJob job, int at) {
        this.job = job;
        this.at = at;
    }

    @Override
    public RenderOptions options() {
        return job.input().options();
    }

    @Override
    public Optional<Path> bundleDir() {
        return job.input().bundle();
    }

    @Override
    public BundleImages images() {
        return job.images();
    }

    @Override
    public String markdownify(String markdown) {
        return job.markdownify(markdown);
    }

    @Override
    public String urlFor(Path file) {
        return job.urlFor(file);
    }

    @Override
    public void report(Severity severity, String rule, String message) {
        job.report(TextRange.empty(at), severity, rule, message);
    }
}
