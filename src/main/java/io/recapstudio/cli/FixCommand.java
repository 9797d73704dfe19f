package io.recapstudio.cli;

import io.recapstudio.core.check.CheckContext;
import io.recapstudio.core.check.Checker;
import io.recapstudio.core.check.Fixes;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.post.Post;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.PrintableText;
import io.recapstudio.core.text.RuleId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recap fix PATH [--out DIR] [--only RULE...]}: applies the automatic fixes {@code check} offers. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Apply the automatic fixes that check offers (mojibake, encoding, …).",
                "Without --out the post is repaired in place (atomically); with --out DIR it is written as"
                        + " DIR/index.md and the original stays as it was."})
final class FixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A page bundle folder (holding index.md) or a .md file.")
    Path path;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the repaired post as DIR/index.md instead.")
    Path out;

    @Option(names = "--only", paramLabel = "RULE", arity = "1..*",
            description = "Apply only the fixes of these rules: ${COMPLETION-CANDIDATES}.",
            completionCandidates = FixableRules.class)
    Set<String> only;

    /** The ids of the rules whose diagnostics offer fixes, for --only's help and completion. */
    static final class FixableRules implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return RuleId.fixableRules().stream().map(RuleId::id).iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (only != null) {
            for (String rule : only) {
                Optional<RuleId> known = RuleId.of(rule);
                if (known.isEmpty() || !known.get().fixable()) {
                    err.println("recap fix: " + (known.isEmpty() ? "no rule \"" + rule + "\"" : "rule " + rule
                            + " offers no automatic fix") + "; --only takes " + String.join(", ",
                            (Iterable<String>) new FixableRules()));
                    return RecapCommand.USAGE_OR_IO;
                }
            }
        }
        try {
            PageBundle bundle = PostInputs.openBundle(path);
            List<Diagnostic> diagnostics = Checker.standard()
                    .check(CheckContext.of(bundle, new PostInputs.Sites(null).around(path)));
            Fixes.Result result = Fixes.apply(bundle.post().text(), diagnostics, only);
            Path target = out == null ? bundle.indexFile() : out.resolve(PageBundle.INDEX);
            if (out != null) {
                Files.createDirectories(out);
            }
            Post fixed = bundle.post().withText(result.text());
            if (out != null || !result.applied().isEmpty()) {
                fixed.write(target);
            }
            result.applied().forEach(d -> stdout.println(where(d) + ": fixed: "
                    + PrintableText.escape(d.fix().orElseThrow().description()) + " [" + d.rule() + "]"));
            result.skipped().forEach(d -> err.println(where(d)
                    + ": not fixed: its fix overlaps another one; run fix again [" + d.rule() + "]"));
            stdout.println(result.applied().size() + " fix(es) applied to " + PrintableText.escape(target.toString()));
            stdout.flush();
            return RecapCommand.OK;
        } catch (PostInputs.InputException e) {
            err.println("recap fix: " + e.getMessage());
            return RecapCommand.USAGE_OR_IO;
        } catch (IOException e) {
            err.println("recap fix: cannot write the repaired post (" + PostInputs.describe(e) + "); nothing changed");
            return RecapCommand.USAGE_OR_IO;
        }
    }

    private static String where(Diagnostic d) {
        return PrintableText.escape(String.valueOf(d.path())) + ":" + d.line() + ":" + d.column();
    }
}
