package io.recapstudio.ui.frontmatter;

import java.util.List;
import java.util.function.Function;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Chips for the terms of a list key (tags, categories) with an input that completes from the site's terms. */
final class TermsField extends VBox {

    final FlowPane chips = new FlowPane(4, 4);
    final TextField input = new TextField();
    final ContextMenu completions = new ContextMenu();

    TermsField(String prompt, Function<String, List<String>> suggest, Consumer<String> add, Consumer<String> remove) {
        super(4);
        input.setPromptText(prompt);
        getChildren().addAll(chips, input);
        input.setOnAction(e -> {
            add.accept(input.getText());
            input.clear();
        });
        input.textProperty().addListener((o, old, typed) -> {
            if (!input.isFocused() || typed.isBlank()) {
                completions.hide();
                return;
            }
            completions.getItems().setAll(suggest.apply(typed).stream().map(term -> {
                MenuItem item = new MenuItem(term);
                item.setOnAction(e -> {
                    add.accept(term);
                    input.clear();
                });
                return item;
            }).toList());
            if (completions.getItems().isEmpty()) {
                completions.hide();
            } else if (!completions.isShowing() && input.getScene() != null && input.getScene().getWindow() != null) {
                completions.show(input, Side.BOTTOM, 0, 0);
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                completions.hide();
            }
        });
        this.remove = remove;
    }

    private final Consumer<String> remove;

    void show(List<String> terms) {
        chips.getChildren().setAll(terms.stream().map(this::chip).toList());
    }

    private HBox chip(String term) {
        Button x = new Button("✕");
        x.getStyleClass().add("chip-remove");
        x.setOnAction(e -> remove.accept(term));
        HBox chip = new HBox(2, new Label(term), x);
        chip.getStyleClass().add("chip");
        return chip;
    }
}
