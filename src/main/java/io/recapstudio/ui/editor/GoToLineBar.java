package io.recapstudio.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The go-to-line bar (Ctrl+L): a line number, or {@code line:column}; Enter goes there, Escape closes. */
final class GoToLineBar {

    private final EditorPane editor;
    private final TextField field = new TextField();
    private final Label hint = new Label();
    private final HBox box;

    GoToLineBar(EditorPane editor) {
        this.editor = editor;
        field.setId("goto-line-field");
        field.setPrefColumnCount(10);
        field.setPromptText("line or line:column");
        Button go = new Button("Go");
        go.setDefaultButton(false);
        go.setOnAction(e -> go());
        Button close = new Button("✕");
        close.getStyleClass().add("bar-close");
        close.setOnAction(e -> editor.closeBars());
        field.setOnAction(e -> go());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                editor.closeBars();
                e.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box = new HBox(8, new Label("Go to line"), field, go, hint, spacer, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("editor-bar", "goto-bar");
    }

    Node node() {
        return box;
    }

    void open() {
        int lines = editor.area().getParagraphs().size();
        hint.setText("1 – " + lines);
        hint.getStyleClass().remove("bar-error");
        field.setText(Integer.toString(editor.area().getCurrentParagraph() + 1));
        field.requestFocus();
        field.selectAll();
    }

    private void go() {
        String text = field.getText().strip();
        String[] parts = text.split("[:,]", 2);
        try {
            int line = Integer.parseInt(parts[0].strip());
            int column = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1;
            int lines = editor.area().getParagraphs().size();
            if (line < 1 || line > lines) {
                throw new NumberFormatException();
            }
            int paragraph = line - 1;
            int col = Math.max(0, Math.min(column - 1, editor.area().getParagraphLength(paragraph)));
            editor.area().moveTo(paragraph, col);
            editor.area().showParagraphAtCenter(paragraph);
            editor.closeBars();
        } catch (NumberFormatException e) {
            hint.setText("Enter a line from 1 to " + editor.area().getParagraphs().size());
            if (!hint.getStyleClass().contains("bar-error")) {
                hint.getStyleClass().add("bar-error");
            }
        }
    }
}
