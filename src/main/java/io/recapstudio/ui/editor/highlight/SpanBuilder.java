package io.recapstudio.ui.editor.highlight;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Turns a line's tokens (and the diagnostic marks over it) into RichTextFX style spans covering the line. */
final class SpanBuilder {

    private SpanBuilder() {
    }

    static StyleSpans<Collection<String>> build(TokenSink tokens, int length, List<DiagnosticMarks.Mark> marks) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(tokens.size() * 2 + 1);
        int pos = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = Math.min(tokens.start(i), length);
            int end = Math.min(tokens.end(i), length);
            if (start > pos) {
                add(b, pos, start, List.of(), marks);
            }
            if (end > start) {
                add(b, start, end, tokens.classes(i), marks);
            }
            pos = Math.max(pos, end);
        }
        if (pos < length || pos == 0) {
            add(b, pos, length, List.of(), marks);
        }
        return b.create();
    }

    /** Adds {@code [from, to)} with {@code classes}, split where marks begin and end. */
    private static void add(StyleSpansBuilder<Collection<String>> b, int from, int to, List<String> classes,
                            List<DiagnosticMarks.Mark> marks) {
        if (marks.isEmpty()) {
            b.add(classes, to - from);
            return;
        }
        int pos = from;
        while (pos < to) {
            DiagnosticMarks.Mark cover = null;
            int next = to;
            for (DiagnosticMarks.Mark m : marks) {
                if (m.start() <= pos && pos < m.end()) {
                    if (cover == null || m.severity().ordinal() < cover.severity().ordinal()) {
                        cover = m;
                    }
                    next = Math.min(next, m.end());
                } else if (m.start() > pos) {
                    next = Math.min(next, m.start());
                }
            }
            b.add(cover == null ? classes : DiagnosticMarks.withSeverity(classes, cover.severity()), next - pos);
            pos = next;
        }
        if (from == to) {
            b.add(classes, 0);
        }
    }
}
