package io.recapstudio.ui;

import io.recapstudio.core.post.SourceText;
import io.recapstudio.core.post.Utf8;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Fix;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.session.EditorSession;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * A post that is not valid UTF-8 (typically Windows-1252 from an old editor) is never converted by guessing: on
 * opening, the user sees what the damaged bytes are, a line as it reads now and as it would read converted, and
 * chooses. Convert is one undo step (Save then writes UTF-8); Keep leaves every byte as it was, and Save writes them
 * back unchanged.
 */
final class EncodingOffer {

    /** What the user chose. */
    enum Choice { CONVERT, KEEP }

    private final Window owner;
    private final Notifier notifier;

    EncodingOffer(Window owner, Notifier notifier) {
        this.owner = owner;
        this.notifier = notifier;
    }

    /** The encoding problem of the editor's text (its escapes of undecodable bytes), in the editor's offsets. */
    static Optional<Diagnostic> problemOf(String editorText) {
        return SourceText.of(editorText).diagnostics().stream()
                .filter(d -> d.rule().equals(SourceText.ENCODING_RULE) && d.fix().isPresent()).findFirst();
    }

    /** Asks about {@code session}'s text if it has undecodable bytes; nothing happens when it has none. */
    void offer(EditorSession session) {
        String text = session.currentText();
        Optional<Diagnostic> problem = problemOf(text);
        if (problem.isEmpty()) {
            return;
        }
        Diagnostic d = problem.get();
        Fix fix = d.fix().orElseThrow();
        String converted = fix.applyTo(text);
        LineIndex lines = LineIndex.of(text);
        LineIndex convertedLines = LineIndex.of(converted);
        int line = d.line();
        String now = shown(lineText(text, lines, line));
        String after = lineText(converted, convertedLines, line);
        String where = session.getPath() == null ? session.getDisplayName() : session.getPath().toString();
        Choice choice = Choices.ask(owner, "encoding-dialog", session.getDisplayName() + " is not UTF-8",
                where + " is not valid UTF-8: " + d.message() + "\n\nLine " + line + " now reads:\n    " + now
                        + "\nConverted from Windows-1252 it reads:\n    " + after
                        + "\n\nConvert changes the text as one undo step, and Save writes it as UTF-8. Keep leaves "
                        + "every byte as it is (shown as \uFFFD) and Save writes them back unchanged.",
                null, List.of(Choices.Answer.of("Convert from Windows-1252", Choice.CONVERT),
                        Choices.Answer.cancel("Keep the Bytes", Choice.KEEP)));
        if (choice == Choice.CONVERT) {
            session.applyEdits(fix.edits());
            notifier.info("Converted " + fix.description() + " in " + session.getDisplayName()
                    + "; Save writes it as UTF-8.");
        } else {
            notifier.warning(where + " is not valid UTF-8: its undecodable bytes are shown as \uFFFD and saved "
                    + "back as they were. Re-open it to convert them from Windows-1252.");
        }
    }

    private static String lineText(String text, LineIndex lines, int line) {
        int start = lines.lineStart(line);
        String s = text.substring(start, lines.lineEnd(line, text));
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    /** The line with each undecodable byte as U+FFFD, as a reader of the file in another program would see it. */
    private static String shown(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            out.append(Utf8.isEscapeAt(line, i) ? '\uFFFD' : line.charAt(i));
        }
        return out.toString();
    }
}
