package io.recapstudio.ui.prefs;

import io.recapstudio.ui.common.Theme;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Edit ▸ Preferences…: one form of the user's preferences. OK hands the edited {@link Preferences} to the window,
 * which applies them at once and writes the settings; Cancel changes nothing.
 */
public final class PreferencesDialog {

    final TextField author = new TextField();
    final TextField site = new TextField();
    final ComboBox<Theme.Choice> theme = new ComboBox<>();
    final Spinner<Integer> fontSize = new Spinner<>(Preferences.MIN_FONT_SIZE, Preferences.MAX_FONT_SIZE, 14);
    final CheckBox wrap = new CheckBox("Wrap long lines in the editor");
    final TextField imageMaxWidth = new TextField();
    final Spinner<Integer> recovery = new Spinner<>(Preferences.MIN_RECOVERY_SECONDS,
            Preferences.MAX_RECOVERY_SECONDS, 5);
    private final Dialog<Preferences> dialog = new Dialog<>();

    public PreferencesDialog(Window owner, Preferences current) {
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("preferences");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("prefs-ok");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("prefs-cancel");
        dialog.getDialogPane().setContent(form());
        show(current);
        dialog.setResultConverter(button -> button != null
                && button.getButtonData() == ButtonBar.ButtonData.OK_DONE ? edited() : null);
    }

    /** The dialog's pane (its scene is the dialog's window; for tests and screenshots). */
    public javafx.scene.control.DialogPane pane() {
        return dialog.getDialogPane();
    }

    /** Opens the dialog; {@code onOk} gets the edited preferences when the user presses OK. */
    public void show(Consumer<Preferences> onOk) {
        dialog.setOnHidden(e -> Optional.ofNullable(dialog.getResult()).ifPresent(onOk));
        dialog.show();
        author.requestFocus();
    }

    private GridPane form() {
        author.setId("prefs-author");
        author.setPromptText("the site's most frequent author");
        site.setId("prefs-site");
        site.setPromptText("/path/to/hugo-site");
        theme.setId("prefs-theme");
        theme.getItems().setAll(Theme.Choice.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme.Choice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public Theme.Choice fromString(String text) {
                return Theme.Choice.parse(text, Theme.Choice.SYSTEM);
            }
        });
        theme.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Theme.Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.label());
            }
        });
        fontSize.setId("prefs-font-size");
        fontSize.setEditable(true);
        wrap.setId("prefs-wrap");
        imageMaxWidth.setId("prefs-image-width");
        imageMaxWidth.setPromptText("no limit");
        imageMaxWidth.setPrefColumnCount(7);
        imageMaxWidth.setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,5}") ? change : null));
        recovery.setId("prefs-recovery");
        recovery.setEditable(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 8, 4, 8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(280, 360, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        row(grid, row++, "_Author of new posts", author);
        row(grid, row++, "Default _site folder", site);
        row(grid, row++, "_Theme", theme);
        row(grid, row++, "Editor _font size", fontSize);
        grid.add(wrap, 1, row++);
        row(grid, row++, "Downscale _imported images wider than (px)", imageMaxWidth);
        row(grid, row, "Save a _recovery copy of unsaved typing at least every (s)", recovery);
        return grid;
    }

    private static void row(GridPane grid, int row, String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private void show(Preferences p) {
        author.setText(p.authorName());
        site.setText(p.defaultSite());
        theme.setValue(p.theme());
        fontSize.getValueFactory().setValue(p.fontSize());
        wrap.setSelected(p.softWrap());
        imageMaxWidth.setText(p.imageMaxWidth() == 0 ? "" : Integer.toString(p.imageMaxWidth()));
        recovery.getValueFactory().setValue(p.recoverySeconds());
    }

    /** The form's values (a spinner's typed text counts even before it was committed with Enter). */
    Preferences edited() {
        return new Preferences(author.getText(), site.getText(), theme.getValue(), spinnerValue(fontSize),
                wrap.isSelected(), imageMaxWidth.getText().isBlank() ? 0 : Integer.parseInt(imageMaxWidth.getText()),
                spinnerValue(recovery));
    }

    private static int spinnerValue(Spinner<Integer> spinner) {
        try {
            return Integer.parseInt(spinner.getEditor().getText().strip());
        } catch (NumberFormatException e) {
            return spinner.getValue();
        }
    }

    /** The dialog's window content (for tests and screenshots). */
    public Dialog<Preferences> dialog() {
        return dialog;
    }
}
