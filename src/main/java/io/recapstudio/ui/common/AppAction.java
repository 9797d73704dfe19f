package io.recapstudio.ui.common;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A command of the app with its label, accelerator, enablement and (for toggles) selection. Menu items and tool bar
 * buttons are made from actions, so a command has the same shortcut and is enabled the same everywhere.
 */
public final class AppAction {

    private final String id;
    private final String text;
    private final KeyCombination accelerator;
    private final Runnable handler;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final BooleanProperty selected;
    private String icon;

    private AppAction(String id, String text, KeyCombination accelerator, Runnable handler, boolean toggle) {
        this.id = Objects.requireNonNull(id);
        this.text = Objects.requireNonNull(text);
        this.accelerator = accelerator;
        this.handler = Objects.requireNonNull(handler);
        this.selected = toggle ? new SimpleBooleanProperty(this, "selected") : null;
    }

    /** A command; {@code accelerator} like {@code "Shortcut+S"} or null. */
    public static AppAction of(String id, String text, String accelerator, Runnable handler) {
        return new AppAction(id, text, accelerator == null ? null : KeyCombination.valueOf(accelerator), handler, false);
    }

    /** An on/off command (a check menu item, a toggle button); the handler runs after the selection flipped. */
    public static AppAction toggle(String id, String text, String accelerator, Runnable handler) {
        return new AppAction(id, text, accelerator == null ? null : KeyCombination.valueOf(accelerator), handler, true);
    }

    /** Enabled only while {@code condition} holds. */
    public AppAction enabledWhen(ObservableValue<Boolean> condition) {
        enabled.bind(Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(condition.getValue()), condition));
        return this;
    }

    /** An Ikonli icon literal for the tool bar button and menu item, e.g. {@code "fth-save"} (Feather icons). */
    public AppAction icon(String iconLiteral) {
        this.icon = iconLiteral;
        return this;
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    public boolean isToggle() {
        return selected != null;
    }

    /** The selection of a toggle action; throws for a plain command. */
    public BooleanProperty selectedProperty() {
        if (selected == null) {
            throw new IllegalStateException(id + " is not a toggle");
        }
        return selected;
    }

    /** Runs the command if it is enabled (a toggle flips first). */
    public void run() {
        if (!enabled.get()) {
            return;
        }
        if (selected != null) {
            selected.set(!selected.get());
        }
        handler.run();
    }

    public MenuItem toMenuItem() {
        MenuItem item;
        if (selected != null) {
            CheckMenuItem check = new CheckMenuItem(text);
            check.selectedProperty().bindBidirectional(selected);
            check.setOnAction(e -> handler.run());
            item = check;
        } else {
            item = new MenuItem(text);
            item.setOnAction(e -> run());
        }
        item.setId("menu-" + id);
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.setAccelerator(accelerator);
        item.disableProperty().bind(enabled.not());
        return item;
    }

    /**
     * An item for a context menu: no accelerator (a context menu's accelerators would be taken out of the scene with
     * it, and the menu bar's item holds the shortcut), enabled as the action.
     */
    public MenuItem toContextMenuItem() {
        MenuItem item = new MenuItem(text);
        item.setId("ctx-" + id);
        item.setMnemonicParsing(false);
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.setOnAction(e -> run());
        item.disableProperty().bind(enabled.not());
        return item;
    }

    /** A tool bar button showing the icon (or the text) with the label and shortcut as its tooltip. */
    public ButtonBase toButton() {
        ButtonBase button;
        if (selected != null) {
            ToggleButton toggle = new ToggleButton();
            toggle.selectedProperty().bindBidirectional(selected);
            toggle.setOnAction(e -> handler.run());
            button = toggle;
        } else {
            button = new Button();
            button.setOnAction(e -> run());
        }
        if (icon == null) {
            button.setText(text);
        } else {
            button.setGraphic(new FontIcon(icon));
        }
        button.setId("tool-" + id);
        button.getStyleClass().add("tool-button");
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(accelerator == null ? text : text + "  (" + accelerator.getDisplayText() + ")"));
        button.disableProperty().bind(enabled.not());
        return button;
    }
}
