package io.recapstudio.ui.problems;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Fix;
import io.recapstudio.core.text.TextEdit;
import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.session.EditorSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The automatic fixes the checks offer for a post: those at a place of the text (for Ctrl+. and the editor's context
 * menu), one applied, or all at once. A fix is applied through the session as one undo step; its edits are moved over
 * what was typed since the check ran, and refused when the text changed where it applies.
 */
public final class QuickFixes {

    private QuickFixes() {
    }

    /** The diagnostics with a fix whose range covers {@code offset} of the current text (its ends included). */
    public static List<Diagnostic> at(EditorSession session, int offset) {
        List<Diagnostic> found = new ArrayList<>();
        for (Diagnostic d : session.getDiagnostics()) {
            if (d.fix().isEmpty()) {
                continue;
            }
            OptionalInt start = session.currentOffset(d.range().start());
            OptionalInt end = session.currentOffset(d.range().end());
            if (start.isPresent() && end.isPresent() && start.getAsInt() <= offset && offset <= end.getAsInt()) {
                found.add(d);
            }
        }
        return found;
    }

    /** Every diagnostic of the post that offers a fix. */
    public static List<Diagnostic> fixable(EditorSession session) {
        return session.getDiagnostics().stream().filter(d -> d.fix().isPresent()).toList();
    }

    /** Applies {@code diagnostic}'s fix; tells the user when the text changed there since the check. */
    public static boolean apply(EditorSession session, Diagnostic diagnostic, Notifier notifier) {
        boolean applied = apply(session, diagnostic);
        if (!applied) {
            notifier.info("The text changed where this fix applies; the checks run again in a moment.");
        }
        return applied;
    }

    /**
     * Applies {@code diagnostic}'s fix as one undo step; false when nothing was changed. A diagnostic of an earlier
     * check (the checks ran again since it was shown) is matched to its counterpart in the current ones, since its
     * offsets refer to a text the session no longer keeps.
     */
    public static boolean apply(EditorSession session, Diagnostic diagnostic) {
        return current(session, diagnostic).flatMap(Diagnostic::fix).map(session::applyFix).orElse(false);
    }

    /** {@code d} if it is one of the session's current diagnostics, else the one current diagnostic like it. */
    static Optional<Diagnostic> current(EditorSession session, Diagnostic d) {
        List<Diagnostic> now = session.getDiagnostics();
        if (now.contains(d)) {
            return Optional.of(d);
        }
        List<Diagnostic> alike = now.stream().filter(c -> c.rule().equals(d.rule()) && c.message().equals(d.message())
                && c.fix().map(Fix::description).equals(d.fix().map(Fix::description))).toList();
        return alike.size() == 1 ? Optional.of(alike.get(0)) : Optional.empty();
    }

    /**
     * Applies the fixes of all {@code diagnostics} as one undo step (a fix whose edits overlap one taken before is
     * left for the next check). Returns how many were applied.
     */
    public static int applyAll(EditorSession session, List<Diagnostic> diagnostics, Notifier notifier) {
        List<TextEdit> edits = new ArrayList<>();
        int taken = 0;
        for (Diagnostic d : diagnostics) {
            if (d.fix().isPresent() && !overlapsAny(d.fix().get().edits(), edits)) {
                edits.addAll(d.fix().get().edits());
                taken++;
            }
        }
        if (taken == 0) {
            return 0;
        }
        edits.sort(Comparator.comparingInt(e -> e.range().start()));
        if (!session.applyFix(new Fix("fix " + taken + " problems", edits))) {
            notifier.info("The text changed where these fixes apply; the checks run again in a moment.");
            return 0;
        }
        return taken;
    }

    private static boolean overlapsAny(List<TextEdit> candidate, List<TextEdit> taken) {
        for (TextEdit c : candidate) {
            for (TextEdit t : taken) {
                boolean overlap = c.range().start() < t.range().end() && t.range().start() < c.range().end();
                boolean sameInsertPoint = c.range().start() == t.range().start();
                if (overlap || sameInsertPoint) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the menu says for a fix: its description, with a capital. */
    public static String label(Diagnostic diagnostic) {
        String text = diagnostic.fix().map(Fix::description).orElse("Fix");
        return text.isEmpty() ? "Fix" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
