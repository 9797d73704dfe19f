package io.recapstudio.cli;

import io.recapstudio.core.check.CheckContext;
import io.recapstudio.core.check.Checker;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.ExistingPost;
import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.workspace.SiteContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recap check PATH... [--site ROOT] [--format text|json|github]}: the checks the app and export run. With
 * {@code --site ROOT} and no PATH, every Markdown post of the site's content folders is checked, on all cores. The
 * site is read once and shared by every post checked in it.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check posts for what would break the site build or the page: front matter, shortcodes,"
                + " images, encoding damage.",
                "With --site ROOT and no PATH: every post of the site.",
                "Exit 0: no errors (warnings allowed); 1: errors found; 2: usage error or unreadable input."})
final class CheckCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Page bundle folders (holding index.md), index.md files or .md files.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--site", paramLabel = "ROOT",
            description = "The Hugo site's root (default: found by walking up from each PATH). Without PATH: check"
                    + " every post of this site.")
    Path siteRoot;

    @Option(names = "--format", paramLabel = "text|json|github", defaultValue = "text",
            description = "text: PATH:LINE:COL: SEVERITY: MESSAGE [RULE] a line; json: an array; github: GitHub"
                    + " Actions annotations. Default: ${DEFAULT-VALUE}.")
    DiagnosticsOutput.Format format;

    @Override
    public Integer call() {
        List<Diagnostic> all;
        try {
            all = paths.isEmpty() ? checkSite() : checkPaths();
        } catch (PostInputs.InputException e) {
            spec.commandLine().getErr().println("recap check: " + DiagnosticsOutput.escape(e.getMessage()));
            return RecapCommand.USAGE_OR_IO;
        }
        all.sort(Diagnostic.ORDER);
        DiagnosticsOutput.print(spec.commandLine().getOut(), all, format);
        return Checker.hasErrors(all) ? RecapCommand.INPUT_ERRORS : RecapCommand.OK;
    }

    private List<Diagnostic> checkPaths() throws PostInputs.InputException {
        List<Diagnostic> all = new ArrayList<>();
        Checker checker = Checker.standard();
        PostInputs.Sites sites = new PostInputs.Sites(siteRoot);
        for (Path path : paths) {
            PageBundle bundle = PostInputs.openBundle(path);
            all.addAll(checker.check(CheckContext.of(bundle, sites.around(path))));
        }
        return all;
    }

    /** Every Markdown post of the site given with --site, checked in parallel with one shared site context. */
    private List<Diagnostic> checkSite() throws PostInputs.InputException {
        if (siteRoot == null) {
            throw new PostInputs.InputException("give the posts to check (bundle folders, index.md or .md files),"
                    + " or --site ROOT to check every post of a site");
        }
        SiteContext site = PostInputs.siteContext(siteRoot);
        List<Path> posts = site.site().orElseThrow().allPosts().stream().map(ExistingPost::file)
                .filter(PageBundle::isMarkdown).toList();
        Checker checker = Checker.standard();
        ExecutorService pool = DaemonThreads.pool("recap-check", Runtime.getRuntime().availableProcessors());
        try {
            List<Future<List<Diagnostic>>> results = new ArrayList<>();
            for (Path post : posts) {
                results.add(pool.submit(() -> checker.check(CheckContext.of(PageBundle.open(post), site))));
            }
            List<Diagnostic> all = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                all.addAll(resultOf(results.get(i), posts.get(i)));
            }
            return all.stream().map(d -> d.path() == null ? d : d.withPath(PostInputs.shown(d.path())))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Diagnostic> resultOf(Future<List<Diagnostic>> result, Path post)
            throws PostInputs.InputException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostInputs.InputException("interrupted while checking " + post);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new PostInputs.InputException(post + ": cannot be read (" + PostInputs.describe(io) + ")");
            }
            throw new PostInputs.InputException(post + ": " + (cause.getMessage() == null
                    ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
    }
}
