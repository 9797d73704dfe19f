package io.recapstudio.ui.editor.highlight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;

/**
 * A text already split into paragraphs and highlighted, built off the FX thread so that opening a large file costs
 * the FX thread one document swap instead of a pass of styling.
 */
public record PreparedText(ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document,
                           List<LineState> states) {

    /** Highlights {@code text} (LF line endings); any thread. {@code progress} receives 0..1. */
    public static PreparedText prepare(String text, DoubleConsumer progress) {
        LineLexer lexer = new LineLexer();
        TokenSink tokens = new TokenSink();
        List<LineState> states = new ArrayList<>();
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
        LineState state = LineState.DOC_START;
        int length = text.length();
        int lineStart = 0;
        int lines = 0;
        while (true) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? length : lineEnd;
            String line = text.substring(lineStart, end);
            states.add(state);
            state = lexer.lex(line, state, tokens);
            builder.addParagraph(line, SpanBuilder.build(tokens, line.length(), List.of()));
            if (++lines % 4096 == 0) {
                progress.accept((double) end / Math.max(1, length));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        progress.accept(1.0);
        return new PreparedText(builder.build(), List.copyOf(states));
    }
}
