package io.recapstudio.core.check;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Applies the automatic fixes of a set of diagnostics to a post's text in one pass. */
public final class Fixes {

    private Fixes() {
    }

    /**
     * The outcome of applying fixes.
     *
     * @param text    the repaired text
     * @param applied the diagnostics whose fixes were applied
     * @param skipped the diagnostics whose fixes overlapped an earlier one (run again to apply them)
     */
    public record Result(String text, List<Diagnostic> applied, List<Diagnostic> skipped) {
    }

    /**
     * Applies every fix (or only those of {@code onlyRules} when not null or empty) whose edits do not overlap a
     * fix already taken; edits refer to {@code text}.
     */
    public static Result apply(String text, List<Diagnostic> diagnostics, Set<String> onlyRules) {
        List<Diagnostic> candidates = diagnostics.stream()
                .filter(d -> d.fix().isPresent())
                .filter(d -> onlyRules == null || onlyRules.isEmpty() || onlyRules.contains(d.rule()))
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.range().start()))
                .toList();
        List<TextEdit> edits = new ArrayList<>();
        List<Diagnostic> applied = new ArrayList<>();
        List<Diagnostic> skipped = new ArrayList<>();
        for (Diagnostic d : candidates) {
            List<TextEdit> fixEdits = d.fix().orElseThrow().edits();
            boolean clashes = fixEdits.stream().anyMatch(e -> edits.stream().anyMatch(taken -> overlap(taken, e)));
            if (clashes) {
                skipped.add(d);
            } else {
                edits.addAll(fixEdits);
                applied.add(d);
            }
        }
        return new Result(TextEdit.applyAll(text, edits), applied, skipped);
    }

    private static boolean overlap(TextEdit a, TextEdit b) {
        if (a.range().isEmpty() || b.range().isEmpty()) {
            return a.range().start() == b.range().start() || a.range().overlaps(b.range())
                    || (a.range().isEmpty() && b.range().contains(a.range().start()))
                    || (b.range().isEmpty() && a.range().contains(b.range().start()));
        }
        return a.range().overlaps(b.range());
    }
}
