package io.recapstudio.ui;

import io.recapstudio.ui.common.ActionRegistry;
import io.recapstudio.ui.common.ActionRegistry.MenuSection;
import io.recapstudio.ui.common.AppAction;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;

/** Builds the menu bar and the tool bar from the action registry. */
final class MenuBuilder {

    private MenuBuilder() {
    }

    static MenuBar menuBar(ActionRegistry actions) {
        MenuBar bar = new MenuBar();
        bar.setId("menu-bar");
        for (MenuSection section : MenuSection.values()) {
            Menu menu = new Menu(title(section));
            menu.setMnemonicParsing(true);
            menu.setId("menu-" + section.name().toLowerCase(Locale.ROOT));
            for (Object entry : actions.entries(section)) {
                if (entry instanceof AppAction action) {
                    menu.getItems().add(action.toMenuItem());
                } else if (entry instanceof ActionRegistry.DynamicMenu dynamic) {
                    Menu sub = new Menu(dynamic.text());
                    sub.setId(dynamic.id());
                    sub.getItems().setAll(dynamic.items());
                    sub.setOnShowing(e -> sub.getItems().setAll(dynamic.items()));
                    menu.addEventHandler(Menu.ON_SHOWING, e -> sub.getItems().setAll(dynamic.items()));
                    menu.getItems().add(sub);
                } else {
                    menu.getItems().add(new SeparatorMenuItem());
                }
            }
            bar.getMenus().add(menu);
        }
        return bar;
    }

    /** The menu's title with its mnemonic (Alt+F for File …; Format takes O, as F is File's). */
    static String title(MenuSection section) {
        return switch (section) {
            case FILE -> "_File";
            case EDIT -> "_Edit";
            case VIEW -> "_View";
            case INSERT -> "_Insert";
            case FORMAT -> "F_ormat";
            case HELP -> "_Help";
        };
    }

    /** The tool bar: the given action ids in order, {@code "|"} for a separator. */
    static ToolBar toolBar(ActionRegistry actions, List<String> ids) {
        ToolBar bar = new ToolBar();
        bar.setId("tool-bar");
        for (String id : ids) {
            if (id.equals("|")) {
                bar.getItems().add(new Separator());
            } else {
                bar.getItems().add(actions.get(id).toButton());
            }
        }
        return bar;
    }
}
