package io.recapstudio.core.export;

import io.recapstudio.core.check.Checker;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.text.Diagnostic;
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
 * @param targetExists whether a bundle folder (not empty) already exists at the target
 * @param postDiff    the post's changed lines against the target's {@code index.md} (empty when new or the same)
 * @param diagnostics the checks' results for the bundle in its target site
 */
public record ExportPlan(PageBundle bundle, ExportTarget target, ExportOptions options, List<PlannedFile> files,
                         List<String> removed, boolean targetExists, List<DiffLine> postDiff,
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
        if (targetExists && !options.replaceExisting()) {
            return target.bundleDir() + " already exists; choose another folder, or replace it (--force)";
        }
        return null;
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
