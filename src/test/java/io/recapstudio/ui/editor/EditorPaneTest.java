package io.recapstudio.ui.editor;

import static io.recapstudio.ui.WindowFixtureAccess.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.OpenedPost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor pane alone: incremental highlighting, diagnostics underlines and hover, edits through the session. */
@ExtendWith(ApplicationExtension.class)
class EditorPaneTest {

    private static final String POST = """
            ---
            title: "Quay Summit"
            ---

            # Day one

            Prose about the booth.
            {{< imgproc booth Fill "600x400" >}}
            Caption.
            {{< /imgproc >}}

            More prose.
            """;

    @TempDir
    static Path temp;

    private EditorSession session;
    private EditorPane pane;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        Theme.apply();
        session = new EditorSession(OpenedPost.untitled(POST));
        pane = new EditorPane(session, EditorPrefs.from(AppSettings.load(temp)));
        area = pane.area();
        Scene scene = new Scene(new javafx.scene.layout.StackPane(pane.node()), 900, 600);
        scene.getStylesheets().add(EditorPane.class.getResource("/io/recapstudio/ui/editor.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void typingInProseRestylesOnlyThatParagraph(FxRobot robot) {
        int at = POST.indexOf("booth.");
        robot.interact(() -> area.insertText(at, "busy "));

        assertThat(pane.highlighter().lastRestyledCount()).isEqualTo(1);
        assertThat(area.getText()).contains("about the busy booth.");
    }

    @Test
    void openingAFenceRestylesTheFollowingParagraphsAndClosingItStopsEarly(FxRobot robot) {
        robot.interact(() -> area.insertText(POST.indexOf("# Day one"), "```\n"));
        int prose = area.getText().indexOf("Prose");

        assertThat(area.getStyleAtPosition(prose + 1)).contains("md-code-block");
        assertThat(pane.highlighter().lastRestyledCount()).isEqualTo(area.getParagraphs().size() - 4);

        robot.interact(() -> area.insertText(area.getText().indexOf("Prose"), "```\n"));
        assertThat(area.getStyleAtPosition(area.getText().indexOf("Caption") + 1)).doesNotContain("md-code-block");
        assertThat(pane.highlighter().lastRestyledCount()).isLessThan(area.getParagraphs().size() - 6);
        robot.interact(() -> area.undo());
        robot.interact(() -> area.undo());
        assertThat(area.getText()).isEqualTo(POST);
    }

    @Test
    void incrementalStylesEqualAFreshHighlightAfterRandomEdits(FxRobot robot) {
        Random random = new Random(42);
        String[] pieces = {"```", "\n", "---\n", "{{< x", " >}}", "**b**", "<!--", "-->", "# ", "`", "\n\n", "+++\n"};
        for (int i = 0; i < 300; i++) {
            robot.interact(() -> {
                int length = area.getLength();
                int at = random.nextInt(length + 1);
                if (random.nextInt(3) == 0 && length > 0) {
                    int end = Math.min(length, at + random.nextInt(6));
                    area.deleteText(at, end);
                } else {
                    area.insertText(at, pieces[random.nextInt(pieces.length)]);
                }
            });
        }
        List<String> incremental = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        robot.interact(() -> {
            area.getParagraphs().forEach(p -> incremental.add(describe(p.getStyleSpans())));
            pane.highlighter().restyleAll();
            area.getParagraphs().forEach(p -> fresh.add(describe(p.getStyleSpans())));
        });
        assertThat(incremental).isEqualTo(fresh);
    }

    @Test
    void diagnosticsAreUnderlinedAndExplainedOnHover(FxRobot robot) throws Exception {
        int at = POST.indexOf("booth.");
        Diagnostic warning = Diagnostic.at(LineIndex.of(POST), TextRange.of(at, at + 5), Severity.WARNING,
                "shortcode-unknown", "Name the booth.");
        robot.interact(() -> session.acceptDiagnostics(session.currentVersion(), List.of(warning),
                session.statsProperty().get()));

        assertThat(area.getStyleAtPosition(at + 1)).contains("diag-warning");
        assertThat(area.getStyleAtPosition(at - 2)).doesNotContain("diag-warning");
        robot.interact(() -> area.fireEvent(MouseOverTextEvent.beginAt(new Point2D(10, 10), at + 2)));
        assertThat(DiagnosticTooltips.label(area).getText()).isEqualTo("warning: Name the booth.  [shortcode-unknown]");

        robot.interact(() -> area.insertText(0, "x"));
        assertThat(area.getStyleAtPosition(at + 2)).contains("diag-warning");
    }

    @Test
    void editsFromFeaturesAreOneUndoStep(FxRobot robot) {
        robot.interact(() -> session.applyEdits(List.of(TextEdit.replace(POST.indexOf("Quay Summit"),
                POST.indexOf("Quay Summit") + 11, "Harbour Days"),
                TextEdit.insert(POST.indexOf("More"), "Even "))));

        assertThat(area.getText()).contains("title: \"Harbour Days\"").contains("Even More prose.");
        robot.interact(() -> area.undo());
        assertThat(area.getText()).isEqualTo(POST);
    }

    @Test
    void pastesGoThroughTheSessionsPasteHandlers(FxRobot robot) {
        session.addPasteHandler(text -> text.startsWith("https://x.com/")
                ? java.util.Optional.of("{{< x user=\"quay\" id=\"17\" >}}") : java.util.Optional.empty());
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("https://x.com/quay/status/17");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            area.moveTo(area.getLength());
            area.paste();
        });
        assertThat(area.getText()).endsWith("{{< x user=\"quay\" id=\"17\" >}}");

        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("plain words");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            area.paste();
        });
        assertThat(area.getText()).endsWith("\"17\" >}}plain words");
    }

    @Test
    void filesDroppedOnTheEditorGoToTheFirstFeatureThatTakesThem() {
        List<Path> taken = new ArrayList<>();
        session.addFileDropHandler((files, offset) -> false);
        session.addFileDropHandler((files, offset) -> taken.addAll(files));

        assertThat(session.dropFiles(List.of(Path.of("booth.jpg")), 3)).isTrue();
        assertThat(taken).containsExactly(Path.of("booth.jpg"));
    }

    @Test
    void theSessionGetsASnapshotWhenTypingPauses(FxRobot robot) throws Exception {
        robot.interact(() -> area.insertText(area.getLength(), "End."));

        waitFor(() -> session.getText().version() == session.currentVersion());
        assertThat(session.getText().text()).isEqualTo(POST + "End.");
        assertThat(session.isDirty()).isTrue();
        robot.interact(() -> area.undo());
        assertThat(session.isDirty()).isFalse();
    }

    /** The spans as text ("length:classes" per span, empty spans left out), comparable across span classes. */
    private static String describe(StyleSpans<Collection<String>> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(span -> {
            if (span.getLength() > 0) {
                out.append(span.getLength()).append(':').append(span.getStyle()).append(' ');
            }
        });
        return out.toString();
    }
}
