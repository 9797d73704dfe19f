package io.recapstudio.core.export;

import io.recapstudio.core.check.Checker;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.text.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What an export will do, computed before anything is written: the files, what each changes at the target, the
 * files of an existing bundle that would go, the post's line changes, and the checks' results.
 *
 * @param bundle      the bundle being exported (with the post as it will be written)
 * @param target      where it goes
 * @param options     the export's choices
 * @param files       the files to write, {@code index.md} first
 * @param removed     files of the bundle already at the target that the export would not keep (by name)
 * @param targetExists whether a folder (not empty) already exists at the target
 * @param notABundle  why that existing folder is not a page bundle an export may replace (a project, a section, a
 *                    folder without {@code index.md}), or null when there is none or it is one
 * @param postDiff    the post's changed lines against the target's {@code index.md} (empty when new or the same)
 * @param diagnostics the checks' results for the bundle in its target site
 */
public record ExportPlan(PageBundle bundle, ExportTarget target, ExportOptions options, List<PlannedFile> files,
                         List<String> removed, boolean targetExists, String notABundle, List<DiffLine> postDiff,
                         List<Diagnostic> diagnostics) {

    public ExportPlan {
        files = List.copyOf(files);
        removed = List.copyOf(removed);
        postDiff = List.copyOf(postDiff);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the checks found errors (the export is refused unless forced). */
    public boolean hasErrors() {
        return Checker.hasErrors(diagnostics);
    }

    /** Why the export may not run as planned, or null when it may. */
    public String refusal() {
        if (hasErrors() && !options.force()) {
            return "the checks found errors; fix them, or export anyway (--force)";
        }
        if (targetExists && notABundle != null) {
            return target.bundleDir() + " exists and is not a page bundle an export may replace: " + notABundle
                    + "; choose a new or empty folder (or move that one away yourself)";
        }
        if (targetExists && !options.replaceExisting()) {
            return target.bundleDir() + " already exists; choose another folder, or replace it (--force)";
        }
        return null;
    }

    /**
     * The same files written into {@code folder} instead, as a new bundle whatever the checks found (the Hugo
     * verification's copy of the site).
     */
    ExportPlan into(Path folder) {
        return new ExportPlan(bundle, ExportTarget.folder(folder), options.withForce(true).withReplaceExisting(false),
                files, List.of(), false, null, List.of(), diagnostics);
    }

    /** The total bytes to write. */
    public long totalBytes() {
        return files.stream().mapToLong(PlannedFile::size).sum();
    }

    /** True when writing would change nothing at the target. */
    public boolean changesNothing() {
        return targetExists && removed.isEmpty()
                && files.stream().allMatch(f -> f.change() == PlannedFile.Change.UNCHANGED);
    }

    /** One changed line of the post: removed from the target's version, or added by the export. */
    public record DiffLine(boolean added, int line, String text) {
        @Override
        public String toString() {
            return (added ? "+" : "-") + line + ": " + text;
        }
    }
}
