package io.recapstudio.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A question with named answers, as an alert whose pane has an id (tests find it) and, optionally, a "Compare"
 * button that shows a diff under the question without closing it.
 */
final class Choices {

    private Choices() {
    }

    /** An answer: its button label and the value it stands for; {@code cancel} answers Escape and closing. */
    record Answer<T>(String label, T value, boolean cancel) {
        static <T> Answer<T> of(String label, T value) {
            return new Answer<>(label, value, false);
        }

        static <T> Answer<T> cancel(String label, T value) {
            return new Answer<>(label, value, true);
        }
    }

    /**
     * Asks and waits; the value of the cancel answer when the dialog is closed. {@code diff} (may be null) is shown
     * by a Compare button.
     */
    static <T> T ask(Window owner, String id, String title, String message, String diff, List<Answer<T>> answers) {
        Map<ButtonType, T> values = new LinkedHashMap<>();
        T cancelValue = null;
        for (Answer<T> answer : answers) {
            ButtonBar.ButtonData data = answer.cancel() ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : values.isEmpty() ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER;
            values.put(new ButtonType(answer.label(), data), answer.value());
            if (answer.cancel()) {
                cancelValue = answer.value();
            }
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, message, values.keySet().toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        DialogPane pane = alert.getDialogPane();
        pane.setId(id);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        if (diff != null) {
            addCompare(pane, diff);
        }
        Optional<ButtonType> chosen = alert.showAndWait();
        T fallback = cancelValue;
        return chosen.map(values::get).orElse(fallback);
    }

    private static void addCompare(DialogPane pane, String diff) {
        TextArea text = new TextArea(diff);
        text.setEditable(false);
        text.setId("compare-diff");
        text.setPrefRowCount(14);
        text.setPrefColumnCount(90);
        text.setStyle("-fx-font-family: monospace;");
        pane.setExpandableContent(text);
        ButtonType compare = new ButtonType("Compare", ButtonBar.ButtonData.HELP);
        pane.getButtonTypes().add(compare);
        Button button = (Button) pane.lookupButton(compare);
        button.setId("compare-button");
        button.addEventFilter(ActionEvent.ACTION, e -> {
            pane.setExpanded(!pane.isExpanded());
            e.consume();
        });
    }
}
