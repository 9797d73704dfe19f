package io.recapstudio.ui.palette;

import io.recapstudio.core.shortcode.catalog.ParamSpec;
import io.recapstudio.core.shortcode.catalog.ParamType;
import io.recapstudio.core.shortcode.catalog.ShortcodeEntry;
import io.recapstudio.core.shortcode.compose.ShortcodeDraft;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The form of one catalog entry: a field per parameter (text, number, true/false, a choice, a bundle image), the
 * inner content of a paired shortcode, inline problems, and the call's text as it will be inserted.
 */
final class ShortcodeForm extends VBox {

    final ObjectProperty<ShortcodeDraft> draft = new SimpleObjectProperty<>();
    final TextArea preview = new TextArea();
    final Label problems = new Label();
    private final TextArea inner = new TextArea();
    private final Supplier<List<String>> bundleFiles;

    ShortcodeForm(ShortcodeDraft start, Supplier<List<String>> bundleFiles, List<String> images) {
        super(6);
        this.bundleFiles = bundleFiles;
        ShortcodeEntry entry = start.entry();
        draft.set(start);
        Label title = new Label(entry.name() + (entry.description() == null ? "" : " — " + entry.description()));
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        for (ParamSpec param : entry.params()) {
            Control field = field(param, start.values().get(ShortcodeDraft.keyOf(param)), images);
            field.setId("param-" + ShortcodeDraft.keyOf(param).replace("#", "p"));
            if (param.description() != null) {
                field.setTooltip(new Tooltip(param.description()));
            }
            Label label = new Label(param.label() + (param.required() ? " *" : ""));
            label.setMinWidth(Region.USE_PREF_SIZE); // the name whole; the field takes what is left
            label.setLabelFor(field);
            grid.addRow(row++, label, field);
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        getChildren().addAll(title, grid);
        if (entry.inner()) {
            inner.setPromptText("Inner content (the selection, when there is one)");
            inner.setPrefRowCount(2);
            inner.setId("param-inner");
            inner.setText(start.inner() == null ? "" : start.inner().strip());
            inner.textProperty().addListener((o, old, text) -> draft.set(draft.get().withInner(text)));
            getChildren().add(inner);
        }
        problems.setWrapText(true);
        problems.getStyleClass().add("form-error");
        problems.setId("palette-problems");
        preview.setEditable(false);
        preview.setPrefRowCount(3);
        preview.setId("palette-preview");
        preview.setStyle("-fx-font-family: monospace;");
        getChildren().addAll(problems, new Label("The call"), preview);
        draft.addListener((o, old, d) -> refresh());
        refresh();
    }

    private Control field(ParamSpec param, String value, List<String> images) {
        if (param.type() == ParamType.BOOLEAN) {
            CheckBox box = new CheckBox();
            box.setSelected("true".equalsIgnoreCase(value));
            box.selectedProperty().addListener((o, old, on) -> set(param, on ? "true" : null));
            return box;
        }
        List<String> choices = param.type() == ParamType.CHOICE ? param.choices()
                : isImage(param) ? images : List.of();
        if (!choices.isEmpty()) {
            ComboBox<String> combo = new ComboBox<>();
            combo.setEditable(true);
            combo.getItems().setAll(choices);
            combo.setValue(value);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.valueProperty().addListener((o, old, v) -> set(param, isImage(param) ? stem(v) : v));
            combo.getEditor().textProperty().addListener((o, old, v) -> set(param, v));
            return combo;
        }
        TextField text = new TextField(value == null ? "" : value);
        text.setPromptText(param.defaultValue() == null ? "" : param.defaultValue());
        text.textProperty().addListener((o, old, v) -> set(param, v));
        return text;
    }

    private static boolean isImage(ParamSpec param) {
        return param.type() == ParamType.RESOURCE;
    }

    private static String stem(String file) {
        if (file == null) {
            return null;
        }
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private void set(ParamSpec param, String value) {
        draft.set(draft.get().with(param, value));
    }

    private void refresh() {
        ShortcodeDraft d = draft.get();
        preview.setText(d.write());
        Map<String, String> found = d.validate(bundleFiles.get());
        problems.setText(String.join("\n", found.values()));
    }

    /** True when no required parameter is missing and no value is invalid (counts are not problems). */
    boolean isComplete() {
        return draft.get().validate(bundleFiles.get()).keySet().stream().allMatch(k -> k.endsWith("#count"));
    }
}
