package io.recapstudio.ui.editor;

import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.editor.highlight.IncrementalHighlighter;
import io.recapstudio.ui.editor.highlight.LineState;
import io.recapstudio.ui.editor.highlight.PreparedText;
import io.recapstudio.ui.session.EditorHandle;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.EditorViewport;
import io.recapstudio.ui.session.TextSnapshot;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.reactfx.Subscription;

/**
 * The Markdown editor of one open post: a RichTextFX {@link CodeArea} with line numbers, current-line highlight,
 * incremental highlighting, diagnostics underlines with hover messages, find/replace and go-to-line bars, formatting
 * commands and shortcode auto-pairing. It is the session's {@link EditorHandle}.
 */
public final class EditorPane implements EditorHandle {

    /** Typing pause after which the text is published to the session (preview, diagnostics, statistics). */
    public static final Duration PUBLISH_DELAY = Duration.ofMillis(120);

    private static final String FONT_FAMILY = Theme.monospacedFamily();

    private final EditorSession session;
    private final EditorPrefs prefs;
    private final PostCodeArea area;
    private final IncrementalHighlighter highlighter;
    private final BorderPane root = new BorderPane();
    private final VBox bars = new VBox();
    private final FindReplaceBar findBar;
    private final GoToLineBar goToBar;
    private final ShortcodePairing pairing;
    private final javafx.beans.value.ChangeListener<Number> fontSizeListener = (o, a, b) -> applyFontSize();
    private final Subscription subscriptions;
    /** The line {@link #scrollToLine(int)} put at the top, until the user scrolls elsewhere; -1 when none. */
    private int scrolledTo = -1;
    private boolean viewportDirty;
    /** After each layout pass of the editor's scene: tells the session when the viewport moved. */
    private final Runnable afterLayout = () -> {
        if (viewportDirty) {
            viewportDirty = false;
            updateViewport();
        }
    };

    /** An editor showing the session's text, highlighted here on the FX thread (small posts). */
    public EditorPane(EditorSession session, EditorPrefs prefs) {
        this(session, prefs, null);
    }

    /**
     * An editor showing {@code prepared}, the session's text already split and highlighted off the FX thread (large
     * files), or the session's text highlighted here when {@code prepared} is null.
     */
    public EditorPane(EditorSession session, EditorPrefs prefs, PreparedText prepared) {
        this.session = session;
        this.prefs = prefs;
        // A prepared document becomes the area's content as it is: no change events, no copy, no re-styling.
        area = prepared == null ? new PostCodeArea()
                : new PostCodeArea(new SimpleEditableStyledDocument<>(prepared.document()));
        area.setSession(session);
        highlighter = new IncrementalHighlighter(area);
        area.setId("editor");
        area.getStyleClass().add("markdown-editor");
        if (prepared == null) {
            area.replaceText(session.origin().text());
            highlighter.start();
        } else {
            highlighter.adopt(prepared.states());
        }
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);
        findBar = new FindReplaceBar(this);
        goToBar = new GoToLineBar(this);
        pairing = new ShortcodePairing(new PairingDocument());
        bars.getStyleClass().add("editor-bars");
        root.setTop(bars);
        root.setCenter(new VirtualizedScrollPane<>(area));
        root.getStyleClass().add("editor-pane");
        subscriptions = wire();
        DiagnosticTooltips.install(area, highlighter.marks());
        session.attachEditor(this);
    }

    private Subscription wire() {
        area.wrapTextProperty().bind(prefs.wrapProperty());
        // The preferences outlive the tab: the listener goes away with it (see dispose).
        prefs.fontSizeProperty().addListener(fontSizeListener);
        applyFontSize();
        area.estimatedScrollYProperty().addListener((o, a, b) -> viewportMoved());
        area.heightProperty().addListener((o, a, b) -> viewportMoved());
        // The scene outlives the tab (all tabs share the window's scene): the listener goes with the area.
        area.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
        Subscription edits = area.multiPlainChanges().subscribe(changes -> {
            session.noteEdit();
            changes.forEach(ch -> pairing.textChanged(ch.getPosition(), ch.getRemoved().length(),
                    ch.getInserted().length()));
        });
        Subscription publish = area.multiPlainChanges().successionEnds(PUBLISH_DELAY).subscribe(x -> publishNow());
        area.getUndoManager().atMarkedPositionProperty().addListener((o, a, atMark) -> session.setDirty(!atMark));
        area.caretPositionProperty().addListener((o, a, b) -> updateCaret());
        session.diagnosticsProperty().addListener((o, a, found) -> highlighter.setDiagnostics(found));
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        acceptFeatureDrops();
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.isControlDown() && !e.isMetaDown() && !e.isAltDown() && pairing.typed(e.getCharacter())) {
                e.consume();
            }
        });
        return edits.and(publish);
    }

    /** Files dropped on the text go to the session's drop handlers (posts dropped on the window open instead). */
    private void acceptFeatureDrops() {
        area.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        area.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                int offset = area.hit(e.getX(), e.getY()).getInsertionIndex();
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                e.setDropCompleted(session.dropFiles(files, offset));
                e.consume();
            }
        });
    }

    /** Publishes the current text to the session now (the FX thread copies nothing: the snapshot is lazy). */
    public void publishNow() {
        var document = area.getContent().snapshot();
        session.publish(TextSnapshot.lazy(session.currentVersion(), document::getText));
    }

    /**
     * The viewport is asked about after the layout pass that moved it: asked during the pass, the flow fails; asked
     * later in a runnable, it lays itself out again first, which costs a whole layout per keystroke.
     */
    private void viewportMoved() {
        viewportDirty = true;
    }

    /**
     * Tells the session which lines the viewport shows (the preview follows them), unless the viewport is where
     * {@link #scrollToLine(int)} put it: the preview asked for that, and must not be sent back.
     */
    private void updateViewport() {
        if (area.getParagraphs().isEmpty()) {
            return;
        }
        int top;
        int bottom;
        try {
            top = area.firstVisibleParToAllParIndex() + 1;
            bottom = area.lastVisibleParToAllParIndex() + 1;
        } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // Not laid out yet (e.g. the flow is still bringing the caret into view): ask again after the next
            // layout pass. Waiting for "the next scroll" lost the move when no other scroll came.
            viewportDirty = true;
            Platform.requestNextPulse();
            return;
        }
        if (scrolledTo > 0 && Math.abs(top - scrolledTo) <= 1) {
            return;
        }
        scrolledTo = -1;
        session.setViewport(new EditorViewport(top, bottom));
    }

    private void updateCaret() {
        viewportMoved(); // a caret that moves may scroll the editor: the scroll is asked about after the layout
        session.setCaret(area.getCurrentParagraph() + 1, area.getCaretColumn() + 1);
    }

    private void applyFontSize() {
        double size = prefs.fontSizeProperty().get();
        area.setStyle("-fx-font-family: \"" + FONT_FAMILY + "\"; -fx-font-size: " + size + "px;");
        IntFunction<Node> numbers = LineNumberFactory.get(area, digits -> "%1$" + Math.max(3, digits) + "s");
        area.setParagraphGraphicFactory(line -> {
            Node label = numbers.apply(line);
            label.setStyle("-fx-font-family: \"" + FONT_FAMILY + "\"; -fx-font-size: " + (size * 0.85) + "px;");
            return label;
        });
    }

    private void keyPressed(KeyEvent e) {
        boolean plain = !e.isControlDown() && !e.isMetaDown() && !e.isAltDown();
        if (e.getCode() == KeyCode.TAB && plain) {
            indent(e.isShiftDown());
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && plain && !e.isShiftDown() && continueList()) {
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !bars.getChildren().isEmpty()) {
            closeBars();
            e.consume();
        }
    }

    // ---- content ---------------------------------------------------------------------------------------------

    public Node node() {
        return root;
    }

    /** The RichTextFX area, for tests and for features that need the raw control. */
    public CodeArea area() {
        return area;
    }

    public IncrementalHighlighter highlighter() {
        return highlighter;
    }

    public EditorSession session() {
        return session;
    }

    public void dispose() {
        if (area.getScene() != null) {
            area.getScene().removePostLayoutPulseListener(afterLayout);
        }
        subscriptions.unsubscribe();
        highlighter.stop();
        prefs.fontSizeProperty().removeListener(fontSizeListener);
        area.wrapTextProperty().unbind();
    }

    // ---- EditorHandle ------------------------------------------------------------------------------------------

    @Override
    public String currentText() {
        return area.getText();
    }

    @Override
    public TextRange selection() {
        var s = area.getSelection();
        return new TextRange(s.getStart(), s.getEnd());
    }

    @Override
    public void applyEdits(List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(edits.size());
        edits.stream().sorted(Comparator.comparingInt((TextEdit e) -> e.range().start()).reversed())
                .forEach(e -> change.replaceText(e.range().start(), e.range().end(), e.replacement()));
        change.commit();
    }

    @Override
    public void replaceSelection(String text) {
        area.replaceSelection(text);
        area.requestFollowCaret();
    }

    @Override
    public void revealLine(int line) {
        int paragraph = Math.max(0, Math.min(line, area.getParagraphs().size()) - 1);
        area.moveTo(paragraph, 0);
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    @Override
    public void revealOffset(int offset) {
        int at = Math.max(0, Math.min(offset, area.getLength()));
        area.moveTo(at);
        area.showParagraphAtCenter(area.getCurrentParagraph());
        area.requestFocus();
    }

    @Override
    public TextSnapshot snapshot(long version) {
        // The area's document is immutable: taking it costs nothing; its string is built on the reader's thread.
        var document = area.getContent().snapshot();
        return TextSnapshot.lazy(version, document::getText);
    }

    @Override
    public void scrollToLine(int line) {
        int paragraph = Math.max(0, Math.min(line, area.getParagraphs().size()) - 1);
        scrolledTo = paragraph + 1;
        area.showParagraphAtTop(paragraph);
    }

    @Override
    public void markSaved() {
        area.getUndoManager().mark();
        session.setDirty(false);
    }

    @Override
    public void requestFocus() {
        area.requestFocus();
    }

    // ---- commands ---------------------------------------------------------------------------------------------

    public void undo() {
        area.undo();
    }

    public void redo() {
        area.redo();
    }

    public void bold() {
        applyToLines(false, (lines, s, e) -> MarkdownEditing.toggleWrap(lines, s, e, "**"));
    }

    public void italic() {
        applyToLines(false, (lines, s, e) -> MarkdownEditing.toggleWrap(lines, s, e, "_"));
    }

    public void link() {
        applyToLines(false, MarkdownEditing::link);
    }

    public void heading(int level) {
        applyToLines(true, (lines, s, e) -> MarkdownEditing.heading(lines, s, e, level));
    }

    public void toggleComment() {
        LineState state = highlighter.stateAt(area.offsetToPosition(area.getSelection().getStart(), Bias.Forward)
                .getMajor());
        boolean hash = state.block() == LineState.Block.YAML || state.block() == LineState.Block.TOML;
        applyToLines(true, (lines, s, e) -> MarkdownEditing.toggleComment(lines, s, e, hash));
    }

    /** Tab / Shift+Tab: indents or outdents the selected lines; Tab with no selection inserts the indent unit. */
    public void indent(boolean outdent) {
        if (!outdent && area.getSelection().getLength() == 0 && !inListItem()) {
            area.replaceSelection(MarkdownEditing.INDENT);
            return;
        }
        applyToLines(true, (lines, s, e) -> MarkdownEditing.indent(lines, s, e, outdent));
    }

    private boolean inListItem() {
        String line = area.getParagraph(area.getCurrentParagraph()).getText();
        return line.stripLeading().matches("([-*+]|\\d{1,9}[.)])(\\s.*)?");
    }

    /** Enter in a list item or quote continues it; false when the caret's line is neither. */
    public boolean continueList() {
        if (area.getSelection().getLength() > 0) {
            return false;
        }
        int paragraph = area.getCurrentParagraph();
        String line = area.getParagraph(paragraph).getText();
        Optional<TextChange> change = MarkdownEditing.continueList(line, area.getCaretColumn());
        change.ifPresent(c -> apply(c.shift(area.getAbsolutePosition(paragraph, 0))));
        return change.isPresent();
    }

    public void zoomIn() {
        prefs.zoomIn();
    }

    public void zoomOut() {
        prefs.zoomOut();
    }

    public void resetZoom() {
        prefs.resetZoom();
    }

    public void showFind(boolean withReplace) {
        showBar(findBar.node());
        findBar.open(withReplace, area.getSelectedText());
    }

    public void findNext(boolean forward) {
        if (!findBar.hasQuery()) {
            showFind(false);
            return;
        }
        findBar.find(forward);
    }

    public void showGoToLine() {
        showBar(goToBar.node());
        goToBar.open();
    }

    void showBar(Node bar) {
        if (!bars.getChildren().contains(bar)) {
            bars.getChildren().setAll(bar);
        }
    }

    void closeBars() {
        bars.getChildren().clear();
        area.requestFocus();
    }

    FindReplaceBar findBar() {
        return findBar;
    }

    GoToLineBar goToBar() {
        return goToBar;
    }

    /** A formatting command over the selected lines (or the selection's own line when {@code wholeLines}). */
    @FunctionalInterface
    interface LineCommand {
        TextChange apply(String lines, int selectionStart, int selectionEnd);
    }

    private void applyToLines(boolean wholeLines, LineCommand command) {
        var sel = area.getSelection();
        int firstPar = area.offsetToPosition(sel.getStart(), Bias.Forward).getMajor();
        int lastPar = area.offsetToPosition(sel.getEnd(), Bias.Backward).getMajor();
        if (wholeLines && lastPar > firstPar && area.offsetToPosition(sel.getEnd(), Bias.Backward).getMinor() == 0) {
            lastPar--;
        }
        int from = area.getAbsolutePosition(firstPar, 0);
        int to = area.getAbsolutePosition(lastPar, area.getParagraphLength(lastPar));
        String lines = area.getText(from, to);
        TextChange change = command.apply(lines, sel.getStart() - from, Math.min(sel.getEnd(), to) - from);
        apply(change.shift(from));
        area.requestFocus();
    }

    void apply(TextChange change) {
        applyEdits(change.edits());
        area.selectRange(change.selectionStart(), change.selectionEnd());
        area.requestFollowCaret();
    }

    /** The editor as the shortcode pairing sees it. */
    private final class PairingDocument implements ShortcodePairing.Document {
        @Override
        public int length() {
            return area.getLength();
        }

        @Override
        public char charAt(int offset) {
            return area.getText(offset, offset + 1).charAt(0);
        }

        @Override
        public int caret() {
            return area.getCaretPosition();
        }

        @Override
        public boolean hasSelection() {
            return area.getSelection().getLength() > 0;
        }

        @Override
        public void replace(int from, int to, String text, int caret) {
            area.replaceText(from, to, text);
            area.moveTo(caret);
        }

        @Override
        public void moveCaret(int offset) {
            area.moveTo(offset);
        }
    }
}
