package io.recapstudio.cli;

import io.recapstudio.core.check.CheckContext;
import io.recapstudio.core.check.Checker;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recap check PATH... [--site ROOT] [--format text|json]}: the checks the app and export run. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check posts for what would break the site build or the page: front matter, shortcodes,"
                + " images, encoding damage.",
                "Exit 0: no errors (warnings allowed); 1: errors found; 2: usage error or unreadable input."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Page bundle folders (holding index.md) or .md files.")
    List<Path> paths;

    @Option(names = "--site", paramLabel = "ROOT",
            description = "The Hugo site's root (default: found by walking up from each PATH).")
    Path siteRoot;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: PATH:LINE:COL: SEVERITY: MESSAGE [RULE] a line; json: an array. Default: ${DEFAULT-VALUE}.")
    DiagnosticsOutput.Format format;

    @Override
    public Integer call() {
        List<Diagnostic> all = new ArrayList<>();
        Checker checker = Checker.standard();
        for (Path path : paths) {
            try {
                PageBundle bundle = PostInputs.openBundle(path);
                Optional<Site> site = PostInputs.site(siteRoot, path);
                all.addAll(checker.check(CheckContext.of(bundle, site)));
            } catch (PostInputs.InputException e) {
                spec.commandLine().getErr().println("recap check: " + e.getMessage());
                return RecapCommand.USAGE_OR_IO;
            }
        }
        all.sort(Diagnostic.ORDER);
        DiagnosticsOutput.print(spec.commandLine().getOut(), all, format);
        return Checker.hasErrors(all) ? RecapCommand.INPUT_ERRORS : RecapCommand.OK;
    }
}
