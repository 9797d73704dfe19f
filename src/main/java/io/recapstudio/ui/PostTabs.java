package io.recapstudio.ui;

import io.recapstudio.ui.common.PostPanel;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.editor.EditorPane;
import io.recapstudio.ui.editor.EditorPrefs;
import io.recapstudio.ui.editor.highlight.PreparedText;
import io.recapstudio.ui.session.DiagnosticsRunner;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.JournalKeeper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The tabs of the window, one per open post, and which one is active. */
final class PostTabs {

    private final TabPane tabPane = new TabPane();
    private final ReadOnlyObjectWrapper<PostTab> active = new ReadOnlyObjectWrapper<>(this, "active");
    private final ReadOnlyObjectWrapper<EditorSession> activeSession = new ReadOnlyObjectWrapper<>(this, "session");
    private final WindowLayout layout;
    private final Docks docks;
    private final EditorPrefs prefs;
    private final DiagnosticsRunner diagnostics;
    private final JournalKeeper journal;
    private WindowServices services;
    private Predicate<PostTab> mayClose = t -> true;
    private final java.util.List<java.util.function.Consumer<PostTab>> onAdded = new java.util.ArrayList<>();

    PostTabs(WindowLayout layout, Docks docks, EditorPrefs prefs, DiagnosticsRunner diagnostics,
             JournalKeeper journal) {
        this.layout = layout;
        this.docks = docks;
        this.prefs = prefs;
        this.diagnostics = diagnostics;
        this.journal = journal;
        tabPane.setId("post-tabs");
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabPane.setTabDragPolicy(TabPane.TabDragPolicy.REORDER);
        tabPane.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            PostTab post = tab == null ? null : (PostTab) tab.getUserData();
            active.set(post);
            activeSession.set(post == null ? null : post.session());
        });
    }

    void setServices(WindowServices services) {
        this.services = services;
    }

    /**
     * Called with every tab opened from now on (context menus, per-tab features), before it is shown; the returned
     * command stops the calls.
     */
    Runnable onTabAdded(java.util.function.Consumer<PostTab> listener) {
        onAdded.add(listener);
        return () -> onAdded.remove(listener);
    }

    /** Asked before a tab closes (the unsaved-changes guard); false keeps it open. */
    void setCloseGuard(Predicate<PostTab> guard) {
        this.mayClose = guard;
    }

    TabPane node() {
        return tabPane;
    }

    /** Opens a tab for {@code session}; {@code prepared} is its text highlighted off the FX thread, or null. */
    PostTab add(EditorSession session, PreparedText prepared) {
        EditorPane editor = new EditorPane(session, prefs, prepared);
        PostPanel preview = PreviewSlot.create(session, services);
        PostTab post = new PostTab(session, editor, preview, layout, docks, services);
        Tab tab = post.tab();
        tab.setOnCloseRequest(e -> {
            if (!mayClose.test(post)) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> disposeTab(post));
        List.copyOf(onAdded).forEach(listener -> listener.accept(post));
        tabPane.getTabs().add(tab);
        tabPane.getSelectionModel().select(tab);
        diagnostics.watch(session);
        journal.watch(session);
        editor.requestFocus();
        return post;
    }

    /** Closes {@code post} without asking (the caller has asked already); its recovery entry goes. */
    void remove(PostTab post) {
        tabPane.getTabs().remove(post.tab());
        disposeTab(post);
    }

    private void disposeTab(PostTab post) {
        diagnostics.unwatch(post.session());
        journal.forget(post.session());
        post.dispose();
    }

    void select(PostTab post) {
        tabPane.getSelectionModel().select(post.tab());
    }

    /** The tab showing the post at {@code file}, if it is open. */
    Optional<PostTab> find(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return all().stream().filter(t -> wanted.equals(t.session().getPath())).findFirst();
    }

    List<PostTab> all() {
        return tabPane.getTabs().stream().map(t -> (PostTab) t.getUserData()).toList();
    }

    ReadOnlyObjectProperty<PostTab> activeProperty() {
        return active.getReadOnlyProperty();
    }

    PostTab active() {
        return active.get();
    }

    ReadOnlyObjectProperty<EditorSession> activeSessionProperty() {
        return activeSession.getReadOnlyProperty();
    }

    boolean closeGuardAllows(PostTab post) {
        return mayClose.test(post);
    }
}
