package io.recapstudio.ui;

import io.recapstudio.ui.common.DockPanelSpec;
import io.recapstudio.ui.common.PostPanel;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.editor.EditorPane;
import io.recapstudio.ui.session.EditorSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * One open post: its session, editor, preview and docked feature panels, laid out in a split pane
 * (editor | preview | dock) inside a tab whose title shows the post's name and a dirty marker.
 */
final class PostTab {

    private final EditorSession session;
    private final EditorPane editor;
    private final PostPanel preview;
    private final WindowLayout layout;
    private final Docks docks;
    private final WindowServices services;
    private final Tab tab = new Tab();
    private final SplitPane split = new SplitPane();
    private final TabPane dock = new TabPane();
    private final Map<String, PostPanel> dockPanels = new LinkedHashMap<>();
    private final Map<String, Tab> dockTabs = new LinkedHashMap<>();
    private final InvalidationListener relayout = o -> relayout();
    /** The docks outlive the tab: this listener is removed when it closes (see dispose). */
    private final ListChangeListener<DockPanelSpec> docksChanged = c -> watchDocks();
    private boolean laying;

    PostTab(EditorSession session, EditorPane editor, PostPanel preview, WindowLayout layout, Docks docks,
            WindowServices services) {
        this.session = session;
        this.editor = editor;
        this.preview = preview;
        this.layout = layout;
        this.docks = docks;
        this.services = services;
        split.getStyleClass().add("post-split");
        dock.setSide(Side.TOP);
        dock.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        dock.getStyleClass().add("dock");
        dock.setId("dock");
        tab.setContent(split);
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> session.getDisplayName() + (session.isDirty() ? " •" : ""),
                session.displayNameProperty(), session.dirtyProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(session.pathProperty().map(p -> p.toString()).orElse("Not saved yet"));
        tab.setTooltip(tip);
        tab.setUserData(this);
        layout.editorVisibleProperty().addListener(relayout);
        layout.previewVisibleProperty().addListener(relayout);
        docks.specs().addListener(docksChanged);
        watchDocks();
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) c -> trackDivider());
        relayout();
    }

    private void watchDocks() {
        for (DockPanelSpec spec : docks.specs()) {
            if (!dockTabs.containsKey(spec.id())) {
                Tab t = new Tab(spec.title());
                t.setId("dock-" + spec.id());
                dockTabs.put(spec.id(), t);
                docks.visibleProperty(spec.id()).addListener(relayout);
            }
        }
        relayout();
    }

    /** Puts the shown panes in the split pane, creating dock panels the first time they are shown. */
    private void relayout() {
        laying = true;
        try {
            List<Tab> shownDocks = new ArrayList<>();
            for (DockPanelSpec spec : docks.specs()) {
                if (docks.visibleProperty(spec.id()).get()) {
                    Tab t = dockTabs.get(spec.id());
                    if (t.getContent() == null) {
                        PostPanel panel = spec.factory().create(session, services);
                        dockPanels.put(spec.id(), panel);
                        t.setContent(panel.node());
                    }
                    shownDocks.add(t);
                }
            }
            dock.getTabs().setAll(shownDocks);
            List<Node> items = new ArrayList<>();
            if (layout.editorVisibleProperty().get()) {
                items.add(editor.node());
            }
            if (layout.previewVisibleProperty().get()) {
                items.add(preview.node());
            }
            if (!shownDocks.isEmpty()) {
                items.add(dock);
            }
            if (!items.equals(split.getItems())) {
                split.getItems().setAll(items);
            }
            applyDividers();
        } finally {
            laying = false;
        }
    }

    private void applyDividers() {
        int n = split.getItems().size();
        boolean both = layout.editorVisibleProperty().get() && layout.previewVisibleProperty().get();
        boolean withDock = split.getItems().contains(dock);
        if (n == 3) {
            split.setDividerPositions(layout.dividerProperty().get() * 0.72, 0.72);
        } else if (n == 2 && both) {
            split.setDividerPositions(layout.dividerProperty().get());
        } else if (n == 2 && withDock) {
            split.setDividerPositions(0.72);
        }
    }

    private void trackDivider() {
        if (!split.getDividers().isEmpty()) {
            split.getDividers().get(0).positionProperty().addListener((o, a, b) -> {
                boolean both = layout.editorVisibleProperty().get() && layout.previewVisibleProperty().get();
                if (!laying && both && split.getItems().size() == 2) {
                    layout.dividerProperty().set(b.doubleValue());
                }
            });
        }
    }

    Tab tab() {
        return tab;
    }

    /** Selects the dock panel {@code id} (shown already) and returns it, if it is made. */
    java.util.Optional<PostPanel> selectDock(String id) {
        Tab t = dockTabs.get(id);
        if (t != null && dock.getTabs().contains(t)) {
            dock.getSelectionModel().select(t);
        }
        return java.util.Optional.ofNullable(dockPanels.get(id));
    }

    /** The dock's tab pane (for tests and the window's state). */
    TabPane dock() {
        return dock;
    }

    EditorSession session() {
        return session;
    }

    EditorPane editor() {
        return editor;
    }

    SplitPane split() {
        return split;
    }

    Node previewNode() {
        return preview.node();
    }

    void dispose() {
        docks.specs().removeListener(docksChanged);
        layout.editorVisibleProperty().removeListener(relayout);
        layout.previewVisibleProperty().removeListener(relayout);
        for (String id : dockTabs.keySet()) {
            docks.visibleProperty(id).removeListener(relayout);
        }
        dockPanels.values().forEach(PostPanel::dispose);
        preview.dispose();
        editor.dispose();
    }
}
