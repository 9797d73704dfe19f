package io.recapstudio.ui.editor.highlight;

import io.recapstudio.core.text.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.reactfx.Subscription;
import javafx.application.Platform;

/**
 * Keeps a {@link CodeArea} highlighted as it is edited, re-styling only what an edit touched: the paragraphs the
 * edit covers, then the following ones while their start state changed (an opened fence or front matter delimiter
 * carries on until the states agree again). Diagnostics are drawn as underlines over the syntax styles.
 */
public final class IncrementalHighlighter {

    private final CodeArea area;
    private final LineLexer lexer = new LineLexer();
    private final TokenSink tokens = new TokenSink();
    private final DiagnosticMarks marks = new DiagnosticMarks();
    /** The state at the start of each paragraph; one entry per paragraph. */
    private final List<LineState> starts = new ArrayList<>();
    /** Paragraphs re-styled in one go before the rest of a long cascade moves to later pulses. */
    private final int chunk;
    private final Consumer<Runnable> later;
    private Subscription subscription = Subscription.EMPTY;
    /** Start of the part a long cascade has not re-styled yet (its start state is right), or -1. */
    private int pendingFrom = -1;
    /** The pending cascade re-styles at least up to here (edits made inside the pending part), or -1. */
    private int pendingReach = -1;
    private boolean continuationQueued;
    private int lastRestyled;
    private long lastNanos;

    public IncrementalHighlighter(CodeArea area) {
        this(area, 2_000);
    }

    /**
     * @param chunk how many paragraphs an edit re-styles at once; a cascade longer than that (a fence opened at the
     *              top of a long post) goes on in chunks on later pulses, so typing never waits for it
     */
    public IncrementalHighlighter(CodeArea area, int chunk) {
        this(area, chunk, Platform::runLater);
    }

    /** As above, with the executor that runs the rest of a long cascade later (tests pass their own). */
    public IncrementalHighlighter(CodeArea area, int chunk, Consumer<Runnable> later) {
        this.area = area;
        this.chunk = Math.max(1, chunk);
        this.later = later;
    }

    /** Highlights the whole text now and then follows every edit. */
    public void start() {
        restyleAll();
        follow();
    }

    private void follow() {
        subscription.unsubscribe();
        subscription = area.multiPlainChanges().subscribe(this::onChanges);
    }

    public void stop() {
        subscription.unsubscribe();
    }

    /**
     * Takes over an area whose content is a document highlighted off the FX thread
     * ({@link PreparedText#prepare(String, java.util.function.DoubleConsumer)}), then follows its edits.
     */
    public void adopt(List<LineState> paragraphStartStates) {
        if (paragraphStartStates.size() != area.getParagraphs().size()) {
            throw new IllegalArgumentException(paragraphStartStates.size() + " states for "
                    + area.getParagraphs().size() + " paragraphs");
        }
        starts.clear();
        starts.addAll(paragraphStartStates);
        follow();
    }

    /** Styles every paragraph from scratch. */
    public void restyleAll() {
        starts.clear();
        starts.add(LineState.DOC_START);
        int count = area.getParagraphs().size();
        for (int p = 1; p < count; p++) {
            starts.add(null);
        }
        pendingFrom = -1;
        pendingReach = -1;
        restyleFrom(0, count - 1, Integer.MAX_VALUE, -1);
    }

    private void onChanges(List<PlainTextChange> changes) {
        long t0 = System.nanoTime();
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int lineDelta = 0;
        for (PlainTextChange ch : changes) {
            int at = ch.getPosition();
            int removed = ch.getRemoved().length();
            int inserted = ch.getInserted().length();
            marks.edit(at, removed, inserted);
            if (lo != Integer.MAX_VALUE) {
                lo = moveThrough(lo, at, removed, inserted);
                hi = moveThrough(hi, at, removed, inserted);
            }
            lo = Math.min(lo, at);
            hi = Math.max(hi, at + inserted);
            lineDelta += newlines(ch.getInserted()) - newlines(ch.getRemoved());
        }
        int firstPar = area.offsetToPosition(lo, Bias.Forward).getMajor();
        int lastPar = area.offsetToPosition(hi, Bias.Forward).getMajor();
        int oldLastPar = lastPar - lineDelta;
        if (oldLastPar > firstPar) {
            starts.subList(firstPar + 1, Math.min(oldLastPar + 1, starts.size())).clear();
        }
        for (int p = firstPar + 1; p <= lastPar; p++) {
            starts.add(p, null);
        }
        if (pendingFrom >= 0 && firstPar > pendingFrom) {
            // Inside the part a cascade has still to reach: style what was typed now, the cascade checks it later.
            pendingReach = Math.max(pendingReach > oldLastPar ? pendingReach + lineDelta : pendingReach, lastPar + 1);
            restyleRange(firstPar, lastPar);
        } else {
            if (pendingFrom >= 0) {
                pendingReach = pendingReach > oldLastPar ? pendingReach + lineDelta : Math.max(pendingReach, lastPar);
                pendingFrom = pendingFrom > oldLastPar ? pendingFrom + lineDelta : firstPar;
            }
            cascade(firstPar, lastPar);
        }
        lastNanos = System.nanoTime() - t0;
    }

    /**
     * Re-styles from {@code first} at least to {@code last}. A cascade that reaches the part a pending cascade has
     * still to do hands over to it; one longer than a chunk goes on at a later pulse.
     */
    private void cascade(int first, int last) {
        boolean beforePending = pendingFrom >= 0 && first < pendingFrom;
        int reach = pendingFrom >= 0 && !beforePending ? Math.max(last, pendingReach) : last;
        int paused = restyleFrom(first, reach, chunk, beforePending ? pendingFrom : -1);
        if (paused < 0) {
            if (!beforePending) {
                pendingFrom = -1;
                pendingReach = -1;
            }
            return;
        }
        pendingReach = Math.max(pendingReach, reach);
        pendingFrom = paused;
        queueContinuation();
    }

    private void queueContinuation() {
        if (!continuationQueued) {
            continuationQueued = true;
            later.accept(() -> {
                continuationQueued = false;
                if (pendingFrom >= 0 && pendingFrom < area.getParagraphs().size()) {
                    cascade(pendingFrom, pendingReach);
                } else {
                    pendingFrom = -1;
                    pendingReach = -1;
                }
            });
        }
    }

    /** Styles paragraphs {@code first..last} from their stored start states, without following the states. */
    private void restyleRange(int first, int last) {
        LineState state = starts.get(first);
        for (int p = first; p <= last; p++) {
            LineState next = styleParagraph(p, state);
            if (p + 1 <= last) {
                starts.set(p + 1, next);
            }
            state = next;
        }
        lastRestyled = last - first + 1;
    }

    /** True while a long cascade still has paragraphs to re-style on later pulses. */
    public boolean isCascadePending() {
        return pendingFrom >= 0;
    }

    /** Where {@code offset} ends up after an edit (offsets inside the replaced text go to its end). */
    private static int moveThrough(int offset, int at, int removed, int inserted) {
        if (offset <= at) {
            return offset;
        }
        return offset >= at + removed ? offset + inserted - removed : at + inserted;
    }

    private static int newlines(String s) {
        int count = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }

    /**
     * Lexes and styles paragraphs from {@code first}, at least to {@code last}, then while start states changed.
     * Returns -1 when done, or the paragraph where it paused (its start state set): after {@code budget} paragraphs,
     * or on reaching {@code boundary} (the front of a pending cascade; -1 for none).
     */
    private int restyleFrom(int first, int last, int budget, int boundary) {
        int count = area.getParagraphs().size();
        LineState state = starts.get(first);
        int p = first;
        int restyled = 0;
        while (p < count) {
            LineState next = styleParagraph(p, state);
            restyled++;
            p++;
            if (p >= count) {
                break;
            }
            if (p == boundary) {
                starts.set(p, next);
                lastRestyled = restyled;
                return p;
            }
            if (p > last && next.equals(starts.get(p))) {
                break;
            }
            starts.set(p, next);
            state = next;
            if (restyled >= budget) {
                lastRestyled = restyled;
                return p;
            }
        }
        lastRestyled = restyled;
        return -1;
    }

    /** Styles paragraph {@code p} starting in {@code state} and returns the state of the next paragraph. */
    private LineState styleParagraph(int p, LineState state) {
        String text = area.getParagraph(p).getText();
        LineState next = lexer.lex(text, state, tokens);
        int n = text.length();
        if (n == 0) {
            return next;
        }
        List<DiagnosticMarks.Mark> here = List.of();
        if (!marks.all().isEmpty()) {
            int start = area.getAbsolutePosition(p, 0);
            here = marks.overlapping(start, start + n + 1);
            if (!here.isEmpty()) {
                here = relative(here, start);
            }
        }
        StyleSpans<Collection<String>> spans = SpanBuilder.build(tokens, n, here);
        if (!sameSpans(area.getParagraph(p).getStyleSpans(), spans)) {
            area.setStyleSpans(p, 0, spans);
        }
        return next;
    }

    private static List<DiagnosticMarks.Mark> relative(List<DiagnosticMarks.Mark> marks, int offset) {
        List<DiagnosticMarks.Mark> out = new ArrayList<>(marks.size());
        for (DiagnosticMarks.Mark m : marks) {
            out.add(new DiagnosticMarks.Mark(m.start() - offset, m.end() - offset, m.severity(), m.message(),
                    m.rule()));
        }
        return out;
    }

    private static boolean sameSpans(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        if (a.getSpanCount() != b.getSpanCount()) {
            return false;
        }
        for (int i = 0; i < a.getSpanCount(); i++) {
            StyleSpan<Collection<String>> x = a.getStyleSpan(i);
            StyleSpan<Collection<String>> y = b.getStyleSpan(i);
            if (x.getLength() != y.getLength() || !x.getStyle().equals(y.getStyle())) {
                return false;
            }
        }
        return true;
    }

    /** Shows new diagnostics (ranges in the current text) and re-styles the paragraphs old and new marks touch. */
    public void setDiagnostics(List<Diagnostic> diagnostics) {
        List<DiagnosticMarks.Mark> old = marks.set(diagnostics, area.getLength());
        restyleMarked(old);
        restyleMarked(marks.all());
    }

    private void restyleMarked(List<DiagnosticMarks.Mark> list) {
        int count = area.getParagraphs().size();
        int doneUpTo = -1;
        for (DiagnosticMarks.Mark m : list) {
            int from = Math.max(doneUpTo + 1, area.offsetToPosition(m.start(), Bias.Forward).getMajor());
            int to = area.offsetToPosition(Math.min(m.end(), area.getLength()), Bias.Backward).getMajor();
            for (int p = from; p <= to && p < count; p++) {
                styleParagraph(p, starts.get(p));
            }
            doneUpTo = Math.max(doneUpTo, to);
        }
    }

    public DiagnosticMarks marks() {
        return marks;
    }

    /** The state at the start of paragraph {@code p} (which block it is in). */
    public LineState stateAt(int paragraph) {
        return starts.get(paragraph);
    }

    /** How many paragraphs the last edit re-styled (for tests and the benchmark). */
    public int lastRestyledCount() {
        return lastRestyled;
    }

    /** Nanoseconds the last edit's re-styling took (for the benchmark). */
    public long lastChangeNanos() {
        return lastNanos;
    }

    static StyleSpansBuilder<Collection<String>> builder() {
        return new StyleSpansBuilder<>();
    }
}
