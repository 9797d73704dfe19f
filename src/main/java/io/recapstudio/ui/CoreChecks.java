package io.recapstudio.ui;

import io.recapstudio.core.check.CheckContext;
import io.recapstudio.core.check.Checker;
import io.recapstudio.core.check.MojibakeDetector;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.post.Post;
import io.recapstudio.core.shortcode.ShortcodeKinds;
import io.recapstudio.core.shortcode.ShortcodeParser;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.workspace.SiteContext;
import io.recapstudio.ui.session.DiagnosticsProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The checks the editor underlines as the author types: the same {@link Checker#standard()} that {@code recap check}
 * and export run (encoding, front matter, shortcode syntax, mojibake, …), over the editor's text in its bundle and
 * site. The site is the session's {@link SiteContext} (its catalog and index built once); the bundle (its resource
 * list) is read at most every few seconds, not on every pause.
 */
final class CoreChecks implements DiagnosticsProvider {

    private static final long REREAD_NANOS = 5_000_000_000L;

    private final Checker checker;
    private final Map<Path, Cached<PageBundle>> bundles = new ConcurrentHashMap<>();

    CoreChecks() {
        this(Checker.standard());
    }

    CoreChecks(Checker checker) {
        this.checker = checker;
    }

    /** The diagnostics of {@code text} (LF line breaks) in the site found around the post; ranges refer to it. */
    @Override
    public List<Diagnostic> diagnose(Path post, String text) {
        return diagnose(post, text, SiteContext.around(post));
    }

    /** The diagnostics of {@code text} (LF line breaks) in the session's site; ranges refer to it. */
    @Override
    public List<Diagnostic> diagnose(Path post, String text, SiteContext site) {
        return diagnose(post, text, site, () -> false);
    }

    /** Like {@link #diagnose(Path, String, SiteContext)}, stopped between two rules once {@code cancelled}. */
    @Override
    public List<Diagnostic> diagnose(Path post, String text, SiteContext site, BooleanSupplier cancelled) {
        if (post == null || !Files.isRegularFile(post)) {
            return checkUnsaved(text);
        }
        PageBundle bundle = cached(bundles, post, () -> open(post));
        return checker.check(CheckContext.of(bundle.withPost(bundle.post().withText(text)), site), cancelled);
    }

    /**
     * A post never saved has no bundle or site yet: its text gets the syntax checks alone (encoding, front matter,
     * shortcode syntax with the built-in kinds, mojibake), without writing anything anywhere.
     */
    private static List<Diagnostic> checkUnsaved(String text) {
        Post post = Post.ofText(text);
        List<Diagnostic> found = new ArrayList<>(post.diagnostics());
        found.addAll(ShortcodeParser.parse(text, post.bodyStart(), text.length(), ShortcodeKinds.builtIn())
                .diagnostics());
        found.addAll(MojibakeDetector.check(text));
        found.sort(Diagnostic.ORDER);
        return found;
    }

    private static PageBundle open(Path post) {
        try {
            return PageBundle.open(post); // an index.md (or _index.md) means its bundle
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle of " + post + ": " + e.getMessage(), e);
        }
    }

    private static <T> T cached(Map<Path, Cached<T>> cache, Path key, java.util.function.Supplier<T> load) {
        long now = System.nanoTime();
        Cached<T> hit = cache.get(key);
        if (hit == null || now - hit.readAt() > REREAD_NANOS) {
            hit = new Cached<>(load.get(), now);
            cache.put(key, hit);
        }
        return hit.value();
    }

    private record Cached<T>(T value, long readAt) {
    }
}
