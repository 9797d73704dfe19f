package io.recapstudio.ui.editor;

import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The find and replace bar over the editor: incremental find, next/previous (Enter / Shift+Enter, F3 / Shift+F3),
 * regular expressions, match case, whole word, the match count, replace and replace all (one undo step).
 */
final class FindReplaceBar {

    private final EditorPane editor;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final ToggleButton regex = option(".*", "Regular expression", "find-regex");
    private final ToggleButton matchCase = option("Aa", "Match case", "find-match-case");
    private final ToggleButton wholeWord = option("W", "Whole word", "find-whole-word");
    private final Label count = new Label();
    private final HBox replaceRow;
    private final VBox box;
    private List<TextRange> matches;

    FindReplaceBar(EditorPane editor) {
        this.editor = editor;
        find.setId("find-field");
        find.setPromptText("Find");
        find.setPrefColumnCount(24);
        replace.setId("replace-field");
        replace.setPromptText("Replace with");
        replace.setPrefColumnCount(24);
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        Button previous = button("↑", "Previous match (Shift+Enter)", "find-previous", () -> find(false));
        Button next = button("↓", "Next match (Enter)", "find-next", () -> find(true));
        Button close = button("✕", "Close (Escape)", "find-close", editor::closeBars);
        close.getStyleClass().add("bar-close");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox findRow = new HBox(6, find, matchCase, wholeWord, regex, previous, next, count, spacer, close);
        Button one = button("Replace", "Replace this match and find the next", "replace-one", this::replaceOne);
        Button all = button("Replace All", "Replace every match (one undo step)", "replace-all", this::replaceAll);
        replaceRow = new HBox(6, replace, one, all);
        for (HBox row : List.of(findRow, replaceRow)) {
            row.setAlignment(Pos.CENTER_LEFT);
        }
        box = new VBox(6, findRow);
        box.getStyleClass().addAll("editor-bar", "find-bar");
        find.textProperty().addListener((o, a, b) -> searchFromSelectionStart());
        for (ToggleButton t : List.of(regex, matchCase, wholeWord)) {
            t.selectedProperty().addListener((o, a, b) -> searchFromSelectionStart());
        }
        editor.area().plainTextChanges().subscribe(ch -> matches = null);
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                editor.closeBars();
                e.consume();
            }
        });
        replace.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replaceOne();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                editor.closeBars();
                e.consume();
            }
        });
    }

    private static ToggleButton option(String text, String tip, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.getStyleClass().add("find-option");
        return b;
    }

    private static Button button(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    Node node() {
        return box;
    }

    void open(boolean withReplace, String selected) {
        if (withReplace && !box.getChildren().contains(replaceRow)) {
            box.getChildren().add(replaceRow);
        } else if (!withReplace) {
            box.getChildren().remove(replaceRow);
        }
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
        updateCount();
    }

    boolean hasQuery() {
        return !find.getText().isEmpty();
    }

    private TextSearch search() {
        return new TextSearch(find.getText(), regex.isSelected(), matchCase.isSelected(), wholeWord.isSelected());
    }

    /** The matches in the current text, or null when the query is an invalid regular expression. */
    private List<TextRange> matches() {
        if (matches == null) {
            try {
                matches = search().findAll(editor.area().getText());
            } catch (PatternSyntaxException e) {
                return null;
            }
        }
        return matches;
    }

    private void searchFromSelectionStart() {
        matches = null;
        List<TextRange> found = matches();
        if (found != null && !found.isEmpty()) {
            int from = editor.area().getSelection().getStart();
            select(found.stream().filter(r -> r.start() >= from).findFirst().orElse(found.get(0)));
        }
        updateCount();
    }

    /** Selects the next (or previous) match after the selection, wrapping around. */
    void find(boolean forward) {
        List<TextRange> found = matches();
        if (found == null || found.isEmpty()) {
            updateCount();
            return;
        }
        var sel = editor.area().getSelection();
        TextRange target;
        if (forward) {
            target = found.stream().filter(r -> r.start() >= sel.getEnd() && !(r.start() == sel.getStart()
                    && r.end() == sel.getEnd())).findFirst().orElse(found.get(0));
        } else {
            target = found.get(found.size() - 1);
            for (int i = found.size() - 1; i >= 0; i--) {
                if (found.get(i).end() <= sel.getStart() && found.get(i).start() < sel.getStart()) {
                    target = found.get(i);
                    break;
                }
            }
        }
        select(target);
        updateCount();
    }

    private void select(TextRange range) {
        editor.area().selectRange(range.start(), range.end());
        editor.area().requestFollowCaret();
    }

    private void replaceOne() {
        List<TextRange> found = matches();
        if (found == null || found.isEmpty()) {
            updateCount();
            return;
        }
        var sel = editor.area().getSelection();
        TextRange selected = new TextRange(sel.getStart(), sel.getEnd());
        if (found.contains(selected)) {
            String replacement = search().replacementAt(editor.area().getText(), selected, replace.getText());
            if (replacement != null) {
                editor.applyEdits(List.of(new TextEdit(selected, replacement)));
                editor.area().moveTo(selected.start() + replacement.length());
            }
        }
        find(true);
    }

    private void replaceAll() {
        List<TextEdit> edits;
        try {
            edits = search().replaceAll(editor.area().getText(), replace.getText());
        } catch (PatternSyntaxException e) {
            updateCount();
            return;
        }
        editor.applyEdits(edits);
        matches = null;
        count.setText("Replaced " + edits.size());
    }

    private void updateCount() {
        count.getStyleClass().remove("bar-error");
        if (find.getText().isEmpty()) {
            count.setText("");
            return;
        }
        List<TextRange> found = matches();
        if (found == null) {
            count.setText("Invalid regular expression");
            count.getStyleClass().add("bar-error");
            return;
        }
        if (found.isEmpty()) {
            count.setText("No results");
            return;
        }
        var sel = editor.area().getSelection();
        int index = found.indexOf(new TextRange(sel.getStart(), sel.getEnd()));
        String total = found.size() >= TextSearch.MAX_MATCHES ? TextSearch.MAX_MATCHES + "+" : "" + found.size();
        count.setText(index < 0 ? total + " matches" : (index + 1) + " of " + total);
    }

    /** The text of the match counter (for tests). */
    String countText() {
        return count.getText();
    }
}
