package io.recapstudio.ui.export;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The controls of the export dialog and their layout, sized so that every label shows whole in a window that fits
 * a 1280×800 screen: the form, the options in two columns, the checks (wrapped), the plan, the line saying where the
 * export writes, the outcome (kept until dismissed, in the checks' and the plan's place), the status and the buttons.
 */
final class ExportDialogView {

    static final double WIDTH = 900;
    static final double HEIGHT = 740;

    final ComboBox<String> siteField = new ComboBox<>();
    final Button browse = new Button("Browse…");
    final ComboBox<String> sectionField = new ComboBox<>();
    final TextField folderField = new TextField();
    final Label patternHint = new Label();
    final CheckBox onlyReferenced = new CheckBox("Copy only the resources the post uses");
    final CheckBox replace = new CheckBox("Replace the bundle if it exists");
    final CheckBox force = new CheckBox("Export despite errors");
    final CheckBox verify = new CheckBox("Build the site with Hugo first; write only if it builds");
    final CheckBox commit = new CheckBox("Commit on a new git branch instead (the working tree stays as it is)");
    final TextField maxWidth = new TextField();
    final Label checksSummary = new Label();
    final ListView<String> checks = new ListView<>();
    final TextArea planText = new TextArea();
    final Label targetLine = new Label();
    final TextArea outcomeText = new TextArea();
    final Button openFolder = new Button("Open Folder");
    final Button dismiss = new Button("Dismiss");
    final ProgressBar progress = new ProgressBar(0);
    final Label status = new Label();
    final Button exportButton = new Button("Export");
    final Button cancelButton = new Button("Cancel");
    final Button close = new Button("Close");
    /** The inputs, disabled while an export runs or its outcome is shown. */
    final VBox form = new VBox(8);

    private final VBox outcome = new VBox(6);
    private final Label planLabel = new Label("Plan");
    private final VBox root = new VBox(8);

    ExportDialogView() {
        siteField.setEditable(true);
        siteField.setId("export-site");
        siteField.setMaxWidth(Double.MAX_VALUE);
        sectionField.setId("export-section");
        folderField.setId("export-folder");
        maxWidth.setId("export-max-width");
        commit.setId("export-commit");
        maxWidth.setPromptText("e.g. 2000");
        maxWidth.setPrefColumnCount(6);
        planText.setEditable(false);
        planText.setId("export-plan");
        planText.setStyle("-fx-font-family: monospace;");
        checks.setId("export-checks");
        checks.setPrefHeight(120);
        checks.setMinHeight(60);
        checks.setCellFactory(list -> wrappingCell(list));
        targetLine.setId("export-target");
        outcomeText.setId("export-outcome");
        outcomeText.setEditable(false);
        outcomeText.setWrapText(true);
        outcomeText.setPrefRowCount(10);
        outcomeText.setMinHeight(Region.USE_PREF_SIZE);
        planText.setMinHeight(80);
        openFolder.setId("export-open-folder");
        dismiss.setId("export-dismiss");
        exportButton.setId("export-run");
        status.setId("export-status");
        cancelButton.setDisable(true);
        close.setCancelButton(true);
        for (Label label : new Label[] {checksSummary, targetLine, status}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
        }
        layout();
    }

    Parent root() {
        return root;
    }

    /** Shows what an export did, until {@link #hideOutcome()}. */
    void showOutcome(String text, boolean canOpen) {
        outcomeText.setText(text);
        openFolder.setDisable(!canOpen);
        outcome.setVisible(true);
        outcome.setManaged(true);
        showPlan(false);
        form.setDisable(true);
        exportButton.setDisable(true);
    }

    void hideOutcome() {
        outcome.setVisible(false);
        outcome.setManaged(false);
        outcomeText.setText("");
        showPlan(true);
    }

    /** The checks and the plan give their room to the outcome while it is shown. */
    private void showPlan(boolean shown) {
        for (javafx.scene.Node node : new javafx.scene.Node[] {checksSummary, checks, planLabel, planText}) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
        VBox.setVgrow(form, shown ? Priority.ALWAYS : Priority.NEVER);
    }

    boolean outcomeShown() {
        return outcome.isVisible();
    }

    private void layout() {
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.getColumnConstraints().addAll(fit(), grow(), fit());
        fields.addRow(0, fixed(new Label("Site")), siteField, browse);
        fields.addRow(1, fixed(new Label("Section")), sectionField);
        fields.addRow(2, fixed(new Label("Folder")), folderField, patternHint);
        patternHint.setMinWidth(Region.USE_PREF_SIZE);
        browse.setMinWidth(Region.USE_PREF_SIZE);
        GridPane options = new GridPane();
        options.setHgap(24);
        options.setVgap(6);
        options.addRow(0, fixed(onlyReferenced), fixed(replace));
        options.addRow(1, fixed(force), fixed(verify));
        HBox downscale = new HBox(6, fixed(new Label("Downscale images wider than")), maxWidth,
                fixed(new Label("px")));
        downscale.setAlignment(Pos.CENTER_LEFT);
        options.add(downscale, 0, 2, 2, 1);
        options.add(fixed(commit), 0, 3, 2, 1);
        VBox.setVgrow(planText, Priority.ALWAYS);
        VBox.setVgrow(outcomeText, Priority.ALWAYS);
        form.getChildren().addAll(fields, options, checksSummary, checks, fixed(planLabel), planText);
        VBox.setVgrow(form, Priority.ALWAYS);
        HBox outcomeButtons = new HBox(8, openFolder, dismiss);
        outcome.getChildren().addAll(fixed(new Label("Outcome")), outcomeText, outcomeButtons);
        VBox.setVgrow(outcome, Priority.ALWAYS);
        hideOutcome();
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        for (Button button : new Button[] {cancelButton, exportButton, close, openFolder, dismiss}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, progress, cancelButton, exportButton, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(form, outcome, targetLine, status, buttons);
        root.setPadding(new Insets(12));
    }

    private static <T extends Region> T fixed(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    private static ColumnConstraints fit() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    /** A diagnostic line wraps to the list's width instead of being cut off. */
    private static ListCell<String> wrappingCell(ListView<String> list) {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(Region.USE_PREF_SIZE);
        return cell;
    }
}
