package io.recapstudio.ui;

import io.recapstudio.ui.common.ActionRegistry;
import io.recapstudio.ui.common.Theme;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View ▸ Theme: Light, Dark, Follow System, the current one checked. */
final class ThemeMenu implements ActionRegistry.DynamicMenu {

    private final Theme theme;

    ThemeMenu(Theme theme) {
        this.theme = theme;
    }

    @Override
    public String text() {
        return "_Theme";
    }

    @Override
    public String id() {
        return "menu-view-theme";
    }

    @Override
    public List<MenuItem> items() {
        ToggleGroup group = new ToggleGroup();
        return Arrays.stream(Theme.Choice.values()).map(choice -> {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setId("view-theme-" + choice.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(theme.choiceProperty().get() == choice);
            item.setOnAction(e -> theme.choiceProperty().set(choice));
            return (MenuItem) item;
        }).toList();
    }
}
