package io.recapstudio.ui.editor.highlight;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The diagnostics underlined in the editor, kept in step with the text: an edit moves the marks after it and drops
 * the ones it overlaps (the next diagnostics run puts back what still applies).
 */
public final class DiagnosticMarks {

    /** One underlined range with its message. */
    public record Mark(int start, int end, Severity severity, String message, String rule) {
        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    private static final Map<List<String>, Map<Severity, List<String>>> COMBINED = new ConcurrentHashMap<>();

    private List<Mark> marks = List.of();

    /** Replaces the marks; ranges must refer to the current text of length {@code textLength}. */
    public List<Mark> set(List<Diagnostic> diagnostics, int textLength) {
        List<Mark> old = marks;
        List<Mark> fresh = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            int start = Math.min(d.range().start(), textLength);
            int end = Math.min(d.range().end(), textLength);
            if (end == start) {
                if (end < textLength) {
                    end++;
                } else if (start > 0) {
                    start--;
                }
            }
            fresh.add(new Mark(start, end, d.severity(), d.message(), d.rule()));
        }
        fresh.sort(Comparator.comparingInt(Mark::start));
        marks = List.copyOf(fresh);
        return old;
    }

    public List<Mark> all() {
        return marks;
    }

    /** Moves the marks through an edit that replaced {@code removed} characters at {@code at} by {@code inserted}. */
    public void edit(int at, int removed, int inserted) {
        if (marks.isEmpty()) {
            return;
        }
        List<Mark> moved = new ArrayList<>(marks.size());
        int delta = inserted - removed;
        for (Mark m : marks) {
            if (m.end() <= at) {
                moved.add(m);
            } else if (m.start() >= at + removed) {
                moved.add(new Mark(m.start() + delta, m.end() + delta, m.severity(), m.message(), m.rule()));
            }
        }
        marks = List.copyOf(moved);
    }

    /** Marks overlapping {@code [from, to)}. */
    public List<Mark> overlapping(int from, int to) {
        List<Mark> found = null;
        for (Mark m : marks) {
            if (m.start() >= to) {
                break;
            }
            if (m.overlaps(from, to)) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(m);
            }
        }
        return found == null ? List.of() : found;
    }

    /** The most severe mark covering {@code offset}, or null. */
    public Mark at(int offset) {
        Mark best = null;
        for (Mark m : marks) {
            if (m.start() > offset) {
                break;
            }
            if (offset < m.end() && (best == null || m.severity().ordinal() < best.severity().ordinal())) {
                best = m;
            }
        }
        return best;
    }

    /** {@code classes} plus the underline class of {@code severity}, interned. */
    static List<String> withSeverity(List<String> classes, Severity severity) {
        return COMBINED.computeIfAbsent(classes, c -> new ConcurrentHashMap<>()).computeIfAbsent(severity, s -> {
            List<String> all = new ArrayList<>(classes);
            all.add("diag-" + s.label());
            return List.copyOf(all);
        });
    }
}
