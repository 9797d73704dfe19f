package io.recapstudio.ui;

import io.recapstudio.ui.common.ActionRegistry;
import io.recapstudio.ui.common.AppAction;
import io.recapstudio.ui.common.DockPanelSpec;
import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.problems.ProblemsPanel;
import io.recapstudio.ui.problems.QuickFixMenu;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.fxmisc.richtext.CodeArea;

/**
 * The Problems dock panel of every tab, Edit ▸ Quick Fix (Ctrl+.) at the caret, and the quick fixes in the editor's
 * context menu.
 */
final class ProblemsFeature {

    static final String DOCK_ID = "problems";

    private final ActionRegistry actions;
    private final PostTabs tabs;
    private final Notifier notifier;

    ProblemsFeature(ActionRegistry actions, PostTabs tabs, Notifier notifier) {
        this.actions = actions;
        this.tabs = tabs;
        this.notifier = notifier;
    }

    void install(Docks docks, EditorContextMenu editorMenu) {
        docks.register(new DockPanelSpec(DOCK_ID, "Problems", "Shortcut+Alt+D",
                (session, services) -> new ProblemsPanel(session, services.notifier())));
        actions.add(ActionRegistry.MenuSection.EDIT, AppAction.of("edit.quick-fix", "Quick Fix…", "Shortcut+PERIOD",
                this::quickFixAtCaret).enabledWhen(tabs.activeSessionProperty().isNotNull()).icon("fth-tool"));
        editorMenu.add((session, offset) -> QuickFixMenu.items(session, offset, notifier));
    }

    /** Shows the Problems panel of the active tab and moves the focus to its list (the status bar's counts). */
    void show() {
        actions.get("view.dock." + DOCK_ID).selectedProperty().set(true);
        PostTab tab = tabs.active();
        if (tab != null) {
            tab.selectDock(DOCK_ID).filter(ProblemsPanel.class::isInstance).map(ProblemsPanel.class::cast)
                    .ifPresent(ProblemsPanel::focus);
        }
    }

    /** A small menu of the fixes at the caret, under it; a note when there is none. */
    private void quickFixAtCaret() {
        PostTab tab = tabs.active();
        if (tab == null) {
            return;
        }
        CodeArea area = tab.editor().area();
        var items = QuickFixMenu.items(tab.session(), area.getCaretPosition(), notifier);
        if (items.isEmpty()) {
            notifier.info("No quick fix at the caret.");
            return;
        }
        ContextMenu menu = new ContextMenu(items.toArray(MenuItem[]::new));
        menu.setId("quick-fix-menu");
        Bounds caret = area.getCaretBounds().orElse(area.localToScreen(area.getBoundsInLocal()));
        menu.show(area, caret.getMinX(), caret.getMaxY());
    }
}
