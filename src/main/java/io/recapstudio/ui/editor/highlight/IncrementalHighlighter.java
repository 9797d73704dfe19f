package io.recapstudio.ui.editor.highlight;

import io.recapstudio.core.text.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.reactfx.Subscription;

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
    private Subscription subscription = Subscription.EMPTY;
    private int lastRestyled;
    private long lastNanos;

    public IncrementalHighlighter(CodeArea area) {
        this.area = area;
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
        restyleFrom(0, count - 1);
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
        restyleFrom(firstPar, lastPar);
        lastNanos = System.nanoTime() - t0;
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

    /** Lexes and styles paragraphs from {@code first}, at least to {@code last}, then while start states changed. */
    private void restyleFrom(int first, int last) {
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
            if (p > last && next.equals(starts.get(p))) {
                break;
            }
            starts.set(p, next);
            state = next;
        }
        lastRestyled = restyled;
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
