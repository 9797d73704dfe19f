package io.recapstudio.ui;

import io.recapstudio.ui.session.RecoveryJournal.Entry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * After a crash: the posts the recovery journal kept, each with what differs from its file on disk, and for each
 * Restore (the text comes back in its tab, unsaved) or Discard. "Decide Later" keeps the rest for the next start.
 */
final class RecoveryDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** An entry with its comparison to the file on disk, made before the dialog shows. */
    record Item(Entry entry, String where, String summary, String diff) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    final ListView<Item> list = new ListView<>();
    final TextArea diff = new TextArea();
    final Label summary = new Label();
    final Button restore = new Button("Restore");
    final Button discard = new Button("Discard");

    RecoveryDialog(Window owner, List<Item> items, Consumer<Entry> onRestore, Consumer<Entry> onDiscard) {
        dialog.initOwner(owner);
        dialog.setTitle("Recover unsaved work");
        dialog.setHeaderText(items.size() == 1 ? "Recap Studio kept unsaved changes to a post when it last stopped."
                : "Recap Studio kept unsaved changes to " + items.size() + " posts when it last stopped.");
        dialog.getDialogPane().setId("recovery-dialog");
        dialog.getDialogPane().getButtonTypes().add(new ButtonType("Decide Later",
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        list.setId("recovery-list");
        list.getItems().setAll(items);
        list.setPrefWidth(280);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.entry().name() + "\n" + TIME.format(item.entry().written()));
            }
        });
        diff.setId("recovery-diff");
        diff.setEditable(false);
        diff.setStyle("-fx-font-family: monospace;");
        diff.setPrefColumnCount(80);
        diff.setPrefRowCount(18);
        summary.setId("recovery-summary");
        summary.setWrapText(true);
        restore.setId("recovery-restore");
        discard.setId("recovery-discard");
        restore.setDefaultButton(true);
        restore.setOnAction(e -> act(onRestore));
        discard.setOnAction(e -> act(onDiscard));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> show(item));
        VBox.setVgrow(diff, Priority.ALWAYS);
        VBox right = new VBox(8, summary, diff, new HBox(8, restore, discard));
        SplitPane content = new SplitPane(list, right);
        content.setDividerPositions(0.3);
        content.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        list.getSelectionModel().selectFirst();
    }

    void show() {
        dialog.show();
    }

    boolean isShowing() {
        return dialog.isShowing();
    }

    private void show(Item item) {
        restore.setDisable(item == null);
        discard.setDisable(item == null);
        summary.setText(item == null ? "" : item.where() + "\n" + item.summary());
        diff.setText(item == null ? "" : item.diff());
    }

    private void act(Consumer<Entry> action) {
        Item item = list.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        list.getItems().remove(item);
        action.accept(item.entry());
        if (list.getItems().isEmpty()) {
            dialog.close();
        } else {
            list.getSelectionModel().selectFirst();
        }
    }
}
