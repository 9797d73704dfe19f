package io.recapstudio.cli;

import io.recapstudio.core.export.BundleExporter;
import io.recapstudio.core.export.CommitExport;
import io.recapstudio.core.export.ExportException;
import io.recapstudio.core.export.ExportOutcome;
import io.recapstudio.core.export.ExportOptions;
import io.recapstudio.core.export.ExportPlan;
import io.recapstudio.core.export.ExportPlanner;
import io.recapstudio.core.export.ExportRefusedException;
import io.recapstudio.core.export.ExportTarget;
import io.recapstudio.core.export.HugoVerifier;
import io.recapstudio.core.export.PlannedFile;
import io.recapstudio.core.export.VerifiedExport;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recap export PATH (--site ROOT [--section NAME] [--dir-name PATTERN] | --out DIR) [--dry-run] [--force]
 * [--verify] [--commit]}. With {@code --commit} the bundle becomes a commit on a new branch {@code recap/<slug>} of
 * the site's git repository ({@link CommitExport}): the working tree and HEAD stay as they are, nothing is pushed.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a post as a page bundle into a Hugo site (or a folder), after checking it.",
                "An untouched post and its resources are written byte for byte, atomically; nothing outside the"
                        + " bundle folder is written. Exit 0: exported; 1: refused (errors found; the bundle"
                        + " exists without --force; the folder there is not a page bundle; another export is"
                        + " writing it; Hugo failed with --verify); 2: usage error (a section or folder outside the"
                        + " site, the post's own folder) or I/O failure."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A page bundle folder (holding index.md) or a .md file.")
    Path path;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    static final class Destination {
        @ArgGroup(exclusive = false)
        SiteDestination site;

        @Option(names = "--out", paramLabel = "DIR", required = true,
                description = "The bundle folder to write: DIR/index.md and the resources beside it.")
        Path out;
    }

    static final class SiteDestination {
        @Option(names = "--site", paramLabel = "ROOT", required = true, description = "The Hugo site's root folder.")
        Path root;

        @Option(names = "--section", paramLabel = "NAME",
                description = "The section (default: the one most bundles are in, else blog or posts).")
        String section;

        @Option(names = "--dir-name", paramLabel = "PATTERN",
                description = "The bundle folder's name, e.g. {yyyy}-{mm}-{dd}-{slug} (default: the pattern the"
                        + " section's bundles follow).")
        String dirName;
    }

    @Option(names = "--dry-run", description = "Print the plan (files, changes) and write nothing; with --verify,"
            + " also build a temporary copy of the site holding the bundle.")
    boolean dryRun;

    @Option(names = "--force", description = "Export even when check (or, with --verify, Hugo) finds errors, and"
            + " replace an existing page bundle (never a folder that is not one, nor the post's own).")
    boolean force;

    @Option(names = "--verify", description = "First build a temporary copy of the site holding the bundle with the"
            + " hugo on the PATH; export only when it builds (or with --force), and report Hugo's errors.")
    boolean verify;

    @Option(names = "--commit", description = "With --site: commit the bundle on a new branch recap/<slug> of the"
            + " site's git repository instead of writing it; the working tree, the index and HEAD stay as they are,"
            + " nothing is pushed; prints the commit and the push command.")
    boolean commit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PageBundle bundle = PostInputs.openBundle(path);
            ExportTarget target = target(bundle);
            ExportOptions options = ExportOptions.defaults().withForce(force).withReplaceExisting(force);
            ExportPlan plan = ExportPlanner.standard().plan(bundle, target, options);
            Optional<HugoVerifier> hugo = verify ? Optional.of(hugo(target)) : Optional.empty();
            List<Diagnostic> sorted = plan.diagnostics().stream().sorted(Diagnostic.ORDER).toList();
            VerifiedExport export = new VerifiedExport(new BundleExporter());
            if (commit) {
                return commit(out, err, plan, sorted, hugo, export);
            }
            if (dryRun) {
                printPlan(out, plan);
                DiagnosticsOutput.print(out, sorted, DiagnosticsOutput.Format.text);
                boolean built = hugo.map(h -> printBuild(out, plan, export.build(plan, h, BundleExporter.Progress.NONE,
                        () -> false), false)).orElse(true);
                return plan.refusal() == null && built ? RecapCommand.OK : RecapCommand.INPUT_ERRORS;
            }
            if (plan.refusal() != null) {
                DiagnosticsOutput.print(out, sorted, DiagnosticsOutput.Format.text);
                err.println("recap export: refused: " + plan.refusal());
                return RecapCommand.INPUT_ERRORS;
            }
            DiagnosticsOutput.print(err, sorted, DiagnosticsOutput.Format.text);
            ExportOutcome outcome = export.run(plan, hugo, BundleExporter.Progress.NONE, () -> false);
            outcome.build().ifPresent(result -> printBuild(out, plan, result, outcome.written().isPresent()));
            outcome.written().ifPresent(report -> out.println("exported " + report.files() + " file(s), "
                    + report.bytes() + " bytes, to " + report.bundleDir()
                    + (report.replaced() ? " (replaced the bundle that was there)" : "")));
            out.flush();
            return outcome.buildFailed() ? RecapCommand.INPUT_ERRORS : RecapCommand.OK;
        } catch (ExportRefusedException e) {
            err.println("recap export: refused: " + e.getMessage().replaceFirst("^export refused: ", ""));
            return RecapCommand.INPUT_ERRORS;
        } catch (PostInputs.InputException | ExportException e) {
            err.println("recap export: " + e.getMessage());
            return RecapCommand.USAGE_OR_IO;
        }
    }

    /** {@code --commit}: the bundle as a commit on a new branch, planned (--dry-run) or made. */
    private int commit(PrintWriter out, PrintWriter err, ExportPlan plan, List<Diagnostic> sorted,
                       Optional<HugoVerifier> hugo, VerifiedExport export) {
        boolean refused = plan.hasErrors() && !force;
        DiagnosticsOutput.print(dryRun || refused ? out : err, sorted, DiagnosticsOutput.Format.text);
        CommitExport.Plan commitPlan = CommitExport.plan(plan);
        if (hugo.isPresent()) {
            HugoVerifier.Result build = export.build(plan, hugo.get(), BundleExporter.Progress.NONE, () -> false);
            if (!printBuild(out, plan, build, !dryRun && force) && !force) {
                return RecapCommand.INPUT_ERRORS;
            }
        }
        if (dryRun) {
            out.println("plan: commit " + plan.files().size() + " file(s) as " + commitPlan.bundlePath()
                    + "/ on the new branch " + commitPlan.branch() + " of " + commitPlan.repository());
            plan.files().forEach(file -> out.println("  + " + file.name() + " (" + file.size() + " bytes)"));
            out.println("plan: message: " + commitPlan.message().lines().findFirst().orElse(""));
            out.println("plan: nothing written (--dry-run)");
            return RecapCommand.OK;
        }
        CommitExport.Result result = CommitExport.commit(plan);
        out.println("committed " + result.files() + " file(s) as " + commitPlan.bundlePath() + "/ on the new branch "
                + commitPlan.branch() + ": " + result.commitId() + " (the working tree and HEAD are unchanged;"
                + " nothing was pushed)");
        out.println("to open a pull request, push it: " + commitPlan.pushCommand());
        out.flush();
        return RecapCommand.OK;
    }

    /** The hugo that --verify runs, or why there is none (before anything is written). */
    private static HugoVerifier hugo(ExportTarget target) throws PostInputs.InputException {
        if (target.site().isEmpty()) {
            throw new PostInputs.InputException("--verify needs a Hugo site (--site ROOT, or --out inside a site);"
                    + " nothing was exported");
        }
        return HugoVerifier.onPath().orElseThrow(() -> new PostInputs.InputException("--verify: no hugo on the"
                + " PATH; install Hugo to verify the build, or export without --verify; nothing was exported"));
    }

    private ExportTarget target(PageBundle bundle) throws PostInputs.InputException {
        if (commit && destination.out != null) {
            throw new PostInputs.InputException("--commit commits into a site's git repository: give --site ROOT,"
                    + " not --out; nothing was exported");
        }
        if (destination.out != null) {
            // A folder inside a Hugo site is checked (and verified) in that site.
            Path parent = destination.out.toAbsolutePath().normalize().getParent();
            Optional<Site> around = parent == null ? Optional.empty() : PostInputs.site(null, parent);
            return new ExportTarget(destination.out, around, Optional.empty());
        }
        SiteDestination d = destination.site;
        Optional<Site> site = PostInputs.site(d.root, path);
        return ExportPlanner.siteTarget(site.orElseThrow(), Optional.ofNullable(d.section),
                Optional.ofNullable(d.dirName), bundle.post());
    }

    private static void printPlan(PrintWriter out, ExportPlan plan) {
        out.println("plan: export " + plan.bundle().indexFile() + " to " + plan.target().bundleDir()
                + (plan.targetExists() ? " (exists)" : " (new)"));
        for (PlannedFile file : plan.files()) {
            out.println("  " + symbol(file.change()) + " " + file.name() + " (" + file.size() + " bytes)"
                    + (file.maxWidth() == null ? "" : " downscaled to " + file.maxWidth() + " px wide"));
        }
        plan.removed().forEach(name -> out.println("  - " + name + " (removed)"));
        plan.postDiff().forEach(line -> out.println("    " + line));
        String refusal = plan.refusal();
        out.println(refusal == null ? "plan: nothing written (--dry-run)" : "plan: would be refused: " + refusal);
    }

    private static String symbol(PlannedFile.Change change) {
        return switch (change) {
            case ADDED -> "+";
            case CHANGED -> "~";
            case UNCHANGED -> "=";
        };
    }

    /**
     * Prints Hugo's problems (those in the post at its lines, as check prints them) and the verdict; true when the
     * build succeeded.
     */
    private static boolean printBuild(PrintWriter out, ExportPlan plan, HugoVerifier.Result result, boolean written) {
        Path index = plan.target().bundleDir().resolve(PageBundle.INDEX);
        for (HugoVerifier.Problem problem : result.problems()) {
            boolean inPost = problem.file().map(f -> f.toAbsolutePath().normalize().equals(index)).orElse(false);
            out.println(inPost ? plan.bundle().indexFile() + ":" + problem.line() + ":" + problem.column()
                    + ": error: hugo: " + problem.message() + " [hugo-build]" : "hugo: " + problem.message());
        }
        if (result.succeeded()) {
            out.println("verify: hugo built the site (a temporary copy of it, with the bundle)");
        } else {
            out.println("verify: hugo failed to build the site with the bundle; " + (written
                    ? "exported anyway (--force)" : "nothing was exported, the site is as it was; fix the errors"
                    + " above, or export anyway with --force"));
        }
        return result.succeeded();
    }
}
