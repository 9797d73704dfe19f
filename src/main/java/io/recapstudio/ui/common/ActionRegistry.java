package io.recapstudio.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every command of a window by id, in the menu each belongs to. Features register their actions here (e.g. the
 * palette adds "Insert shortcode…" to Insert) and the window builds its menus from it.
 */
public final class ActionRegistry {

    /** The top-level menus, in menu bar order. */
    public enum MenuSection { FILE, EDIT, VIEW, INSERT, FORMAT, HELP }

    private final Map<String, AppAction> byId = new LinkedHashMap<>();
    private final Map<MenuSection, List<Object>> menus = new LinkedHashMap<>();

    public ActionRegistry() {
        for (MenuSection section : MenuSection.values()) {
            menus.put(section, new ArrayList<>());
        }
    }

    /** Registers {@code action} and appends it to {@code section}. Ids are unique. */
    public AppAction add(MenuSection section, AppAction action) {
        register(action);
        menus.get(section).add(action);
        return action;
    }

    /**
     * Registers an action that appears in no menu (a shortcut, a tool bar button only). Ids are unique, and so are
     * accelerators: two features claiming one shortcut would leave one of them unreachable from the keyboard.
     */
    public AppAction register(AppAction action) {
        if (action.accelerator() != null) {
            for (AppAction other : byId.values()) {
                if (action.accelerator().equals(other.accelerator())) {
                    throw new IllegalArgumentException("shortcut " + action.accelerator().getDisplayText()
                            + " of " + action.id() + " is already used by " + other.id());
                }
            }
        }
        if (byId.putIfAbsent(action.id(), action) != null) {
            throw new IllegalArgumentException("action id used twice: " + action.id());
        }
        return action;
    }

    /** Registers {@code action} and puts it in {@code section} right after the action {@code afterId}. */
    public AppAction addAfter(MenuSection section, String afterId, AppAction action) {
        register(action);
        List<Object> entries = menus.get(section);
        int at = entries.indexOf(get(afterId));
        entries.add(at < 0 ? entries.size() : at + 1, action);
        return action;
    }

    /** Appends a separator to {@code section}. */
    public void separator(MenuSection section) {
        menus.get(section).add(Separator.INSTANCE);
    }

    /** Appends a sub-menu whose items are computed each time it opens (e.g. Open Recent). */
    public void dynamic(MenuSection section, DynamicMenu menu) {
        menus.get(section).add(menu);
    }

    public AppAction get(String id) {
        AppAction action = byId.get(id);
        if (action == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        return action;
    }

    public List<AppAction> all() {
        return List.copyOf(byId.values());
    }

    /** Entries of a menu: {@link AppAction}, {@link Separator} or {@link DynamicMenu}. */
    public List<Object> entries(MenuSection section) {
        return Collections.unmodifiableList(menus.get(section));
    }

    /** A separator line in a menu. */
    public enum Separator { INSTANCE }

    /** A sub-menu filled when shown. */
    public interface DynamicMenu {
        String text();

        String id();

        List<javafx.scene.control.MenuItem> items();
    }
}
