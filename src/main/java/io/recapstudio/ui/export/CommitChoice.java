package io.recapstudio.ui.export;

import io.recapstudio.core.export.BundleExporter;
import io.recapstudio.core.export.CommitExport;
import io.recapstudio.core.export.ExportException;
import io.recapstudio.core.export.ExportPlan;
import io.recapstudio.core.export.HugoVerifier;
import io.recapstudio.core.export.VerifiedExport;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The export dialog's "Commit on a new git branch" choice without a toolkit: the commit a plan would make (or why it
 * cannot be made), the lines the dialog shows for it, and the commit itself (after a Hugo build of a copy of the site
 * when asked). Only git objects and the new branch are written ({@link CommitExport}).
 */
final class CommitChoice {

    /** An export plan with, when committing, the commit it makes or why there is none. */
    record Planned(ExportPlan plan, Optional<CommitExport.Plan> commit, String commitProblem) {

        static Planned files(ExportPlan plan) {
            return new Planned(plan, Optional.empty(), null);
        }

        /** The plan as a commit: its branch and message, or the reason it cannot be committed. */
        static Planned commit(ExportPlan plan) {
            try {
                return new Planned(plan, Optional.of(CommitExport.plan(plan)), null);
            } catch (ExportException e) {
                return new Planned(plan, Optional.empty(), e.getMessage());
            }
        }

        boolean committing() {
            return commit.isPresent() || commitProblem != null;
        }

        /** Why the export (or the commit) may not run as planned, or null when it may. */
        String refusal() {
            return committing() ? commitProblem : plan.refusal();
        }
    }

    /** What the dialog shows and the commit made, once it ran. */
    record Outcome(String text, boolean committed) {
    }

    private CommitChoice() {
    }

    /** The line saying where the commit goes, in the place of "Export to …". */
    static String targetLine(CommitExport.Plan commit) {
        return "Commit " + commit.bundlePath() + "/ on the new branch " + commit.branch() + " of "
                + commit.repository();
    }

    /** The commit part of the plan's text: branch, message, and that the working tree is left alone. */
    static String describe(CommitExport.Plan commit) {
        return "\nCommit on the new branch " + commit.branch() + " (parent: HEAD)\n  folder: " + commit.bundlePath()
                + "/\n  message: " + commit.message().lines().findFirst().orElse("")
                + "\n  The working tree, the index, HEAD and the current branch stay as they are; nothing is pushed.\n";
    }

    /**
     * Commits {@code planned}; with {@code hugo}, builds a copy of the site holding the bundle first and commits only
     * when it builds (or the plan is forced).
     *
     * @throws ExportException when the commit is refused or fails (the repository is then as it was)
     */
    static Outcome run(Planned planned, Optional<HugoVerifier> hugo, BundleExporter.Progress progress,
                       BooleanSupplier cancelled) {
        ExportPlan plan = planned.plan();
        StringBuilder text = new StringBuilder();
        Optional<HugoVerifier.Result> build = hugo.map(h -> new VerifiedExport(new BundleExporter())
                .build(plan, h, progress, cancelled));
        if (build.map(b -> !b.succeeded()).orElse(false) && !plan.options().force()) {
            text.append("Nothing was committed: Hugo could not build the site with the bundle; fix the problems below,"
                    + " or commit anyway (Export despite errors).\n");
            build.get().problems().forEach(p -> text.append("  ").append(p.message()).append('\n'));
            return new Outcome(text.toString(), false);
        }
        progress.update(-1, 1, "Committing");
        CommitExport.Result result = CommitExport.commit(plan);
        CommitExport.Plan commit = result.plan();
        text.append("Committed ").append(result.files()).append(" file(s) as ").append(commit.bundlePath())
                .append("/ on the new branch ").append(commit.branch()).append(": ").append(result.commitId())
                .append("\nThe working tree, the index, HEAD and the current branch are unchanged; nothing was"
                        + " pushed.\nTo open a pull request, push it:\n  ").append(commit.pushCommand()).append('\n');
        build.ifPresent(b -> text.append(b.succeeded() ? "Hugo built the site with the bundle (in a temporary copy)."
                : "Hugo could not build the site with the bundle; it was committed anyway (Export despite errors).")
                .append('\n'));
        return new Outcome(text.toString(), true);
    }
}
