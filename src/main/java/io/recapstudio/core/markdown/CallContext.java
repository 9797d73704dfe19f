package io.recapstudio.core.markdown;

import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.nio.file.Path;
import java.util.Optional;

/** The {@link ShortcodeContext} of one call in one {@link RenderJob}. */
final class CallContext implements ShortcodeContext {

    private final RenderJob job;
    private final ShortcodeScanner.Call call;
    private final String source;
    private final int depth;
    private final int anchor;
    private final int at;

    CallContext(RenderJob job, ShortcodeScanner.Call call, String source, int depth, int anchor, int at) {
        this.job = job;
        this.call = call;
        this.source = source;
        this.depth = depth;
        this.anchor = anchor;
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
    public String markdownifyInner() {
        if (call.inner() == null) {
            return "";
        }
        return job.renderFragment(source, call.inner().start(), call.inner().end(), depth + 1, anchor);
    }

    @Override
    public String markdownify(String markdown) {
        return job.renderFragment(markdown, 0, markdown.length(), depth + 1, at);
    }

    @Override
    public String urlFor(Path file) {
        return job.input().options().resourceUrls().urlFor(file);
    }

    @Override
    public void report(Severity severity, String rule, String message) {
        job.report(TextRange.empty(at), severity, rule, message);
    }
}
