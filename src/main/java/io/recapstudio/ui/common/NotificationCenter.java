package io.recapstudio.ui.common;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/** The notification bar under the tool bar plus the window's alerts. */
public final class NotificationCenter implements Notifier {

    private static final Duration INFO_TIME = Duration.seconds(6);

    private final VBox bar = new VBox();
    private final Window owner;

    public NotificationCenter(Window owner) {
        this.owner = owner;
        bar.getStyleClass().add("notification-bar");
        bar.setId("notifications");
    }

    /** The bar to place in the window (empty, and so invisible, while there is nothing to say). */
    public Node node() {
        return bar;
    }

    @Override
    public void info(String message) {
        HBox row = row("info", "ℹ", message);
        PauseTransition hide = new PauseTransition(INFO_TIME);
        hide.setOnFinished(e -> bar.getChildren().remove(row));
        hide.play();
    }

    @Override
    public void warning(String message) {
        row("warning", "⚠", message);
    }

    @Override
    public void failure(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("failure-dialog");
        alert.show();
    }

    @Override
    public UnsavedChoice askSaveChanges(String postName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Your changes will be lost if you don't save them.",
                save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + postName + "\"?");
        alert.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public void progress(String label, Worker<?> task) {
        HBox row = row("progress", "⏳", label);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(task.progressProperty());
        progress.setPrefWidth(220);
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> task.cancel());
        row.getChildren().add(row.getChildren().size() - 1, progress);
        row.getChildren().add(row.getChildren().size() - 1, cancel);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                bar.getChildren().remove(row);
            }
        });
    }

    private HBox row(String kind, String glyph, String message) {
        Label icon = new Label(glyph);
        icon.getStyleClass().add("notification-icon");
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("notification-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("✕");
        close.getStyleClass().add("notification-close");
        HBox row = new HBox(8, icon, text, close);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("notification", "notification-" + kind);
        close.setOnAction(e -> bar.getChildren().remove(row));
        bar.getChildren().add(row);
        return row;
    }

    /** The messages shown now (for tests). */
    public java.util.List<String> messages() {
        return bar.getChildren().stream().map(n -> ((Label) ((HBox) n).getChildren().get(1)).getText()).toList();
    }
}
