package io.recapstudio.ui;

import static io.recapstudio.ui.common.ActionRegistry.MenuSection.EDIT;
import static io.recapstudio.ui.common.ActionRegistry.MenuSection.FILE;
import static io.recapstudio.ui.common.ActionRegistry.MenuSection.FORMAT;
import static io.recapstudio.ui.common.ActionRegistry.MenuSection.HELP;
import static io.recapstudio.ui.common.ActionRegistry.MenuSection.INSERT;
import static io.recapstudio.ui.common.ActionRegistry.MenuSection.VIEW;

import io.recapstudio.ui.common.ActionRegistry;
import io.recapstudio.ui.common.AppAction;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.editor.EditorPane;
import io.recapstudio.ui.editor.EditorPrefs;
import io.recapstudio.ui.session.EditorSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Registers the window's own commands (File, Edit, View, Insert, Format, Help) with their shortcuts. */
final class WindowActions {

    private final ActionRegistry actions;
    private final PostTabs tabs;
    private final FileOperations files;
    private final WindowLayout layout;
    private final EditorPrefs prefs;
    private final AppSettings settings;
    private final Runnable quit;
    private final Runnable showShortcuts;
    private final Runnable showAbout;
    private final EditCommands editing;

    WindowActions(ActionRegistry actions, PostTabs tabs, FileOperations files, WindowLayout layout, EditorPrefs prefs,
                  AppSettings settings, Runnable quit, Runnable showShortcuts, Runnable showAbout,
                  EditCommands editing) {
        this.actions = actions;
        this.tabs = tabs;
        this.files = files;
        this.layout = layout;
        this.prefs = prefs;
        this.settings = settings;
        this.quit = quit;
        this.showShortcuts = showShortcuts;
        this.showAbout = showAbout;
        this.editing = editing;
    }

    void registerAll() {
        ObservableValue<Boolean> hasPost = tabs.activeSessionProperty().isNotNull();
        ObservableValue<Boolean> dirty = tabs.activeSessionProperty().flatMap(EditorSession::dirtyProperty)
                .orElse(false);
        file(hasPost, dirty);
        edit(hasPost);
        view(hasPost);
        insert(hasPost);
        format(hasPost);
        actions.add(HELP, AppAction.of("help.shortcuts", "Keyboard Shortcuts", "F1", showShortcuts));
        actions.separator(HELP);
        actions.add(HELP, AppAction.of("help.about", "About Recap Studio", null, showAbout));
    }

    private void file(ObservableValue<Boolean> hasPost, ObservableValue<Boolean> dirty) {
        actions.add(FILE, AppAction.of("file.new", "New Post", "Shortcut+N", files::newPost).icon("fth-file-plus"));
        actions.add(FILE, AppAction.of("file.open", "Open Bundle Folder…", "Shortcut+O", files::openBundle)
                .icon("fth-folder"));
        actions.add(FILE, AppAction.of("file.open-file", "Open Markdown File…", "Shortcut+Shift+O", files::openFile));
        actions.dynamic(FILE, new RecentMenu());
        actions.separator(FILE);
        actions.add(FILE, AppAction.of("file.save", "Save", "Shortcut+S", () -> withTab(files::save))
                .enabledWhen(dirty).icon("fth-save"));
        actions.add(FILE, AppAction.of("file.save-as", "Save As Bundle…", "Shortcut+Shift+S",
                () -> withTab(files::saveAs)).enabledWhen(hasPost));
        actions.separator(FILE);
        actions.add(FILE, AppAction.of("file.close", "Close Tab", "Shortcut+W", () -> withTab(files::close))
                .enabledWhen(hasPost));
        actions.add(FILE, AppAction.of("file.quit", "Quit", "Shortcut+Q", quit));
    }

    private void edit(ObservableValue<Boolean> hasPost) {
        // Undo and Redo are the post's wherever the focus is: a form field's change is an edit of the post.
        editor(EDIT, "edit.undo", "Undo", "Shortcut+Z", EditorPane::undo, hasPost).icon("fth-corner-up-left");
        editor(EDIT, "edit.redo", "Redo", "Shortcut+Shift+Z", EditorPane::redo, hasPost).icon("fth-corner-up-right");
        actions.separator(EDIT);
        actions.add(EDIT, AppAction.of("edit.cut", "Cut", "Shortcut+X", editing::cut).icon("fth-scissors"));
        actions.add(EDIT, AppAction.of("edit.copy", "Copy", "Shortcut+C", editing::copy).icon("fth-copy"));
        actions.add(EDIT, AppAction.of("edit.paste", "Paste", "Shortcut+V", editing::paste).icon("fth-clipboard"));
        actions.add(EDIT, AppAction.of("edit.select-all", "Select All", "Shortcut+A", editing::selectAll));
        actions.separator(EDIT);
        editor(EDIT, "edit.find", "Find…", "Shortcut+F", e -> e.showFind(false), hasPost).icon("fth-search");
        editor(EDIT, "edit.replace", "Replace…", "Shortcut+H", e -> e.showFind(true), hasPost);
        editor(EDIT, "edit.find-next", "Find Next", "F3", e -> e.findNext(true), hasPost);
        editor(EDIT, "edit.find-previous", "Find Previous", "Shift+F3", e -> e.findNext(false), hasPost);
        actions.separator(EDIT);
        editor(EDIT, "edit.goto-line", "Go to Line…", "Shortcut+L", EditorPane::showGoToLine, hasPost);
    }

    private void view(ObservableValue<Boolean> hasPost) {
        AppAction editorPane = actions.add(VIEW, AppAction.toggle("view.editor", "Editor Pane", "Shortcut+Alt+E",
                () -> { }).icon("fth-edit-3"));
        editorPane.selectedProperty().bindBidirectional(layout.editorVisibleProperty());
        editorPane.selectedProperty().addListener((o, a, on) -> layout.setEditorVisible(on));
        AppAction previewPane = actions.add(VIEW, AppAction.toggle("view.preview", "Preview Pane", "Shortcut+Alt+P",
                () -> { }).icon("fth-eye"));
        previewPane.selectedProperty().bindBidirectional(layout.previewVisibleProperty());
        previewPane.selectedProperty().addListener((o, a, on) -> layout.setPreviewVisible(on));
        AppAction wrap = actions.add(VIEW, AppAction.toggle("view.wrap", "Soft Wrap", "Shortcut+Alt+W", () -> { }));
        wrap.selectedProperty().bindBidirectional(prefs.wrapProperty());
        actions.separator(VIEW);
        actions.add(VIEW, AppAction.of("view.zoom-in", "Zoom In", "Shortcut+EQUALS", prefs::zoomIn));
        actions.add(VIEW, AppAction.of("view.zoom-out", "Zoom Out", "Shortcut+MINUS", prefs::zoomOut));
        actions.add(VIEW, AppAction.of("view.zoom-reset", "Actual Size", "Shortcut+0", prefs::resetZoom));
        actions.separator(VIEW);
    }

    private void insert(ObservableValue<Boolean> hasPost) {
        editor(INSERT, "insert.link", "Link", "Shortcut+K", EditorPane::link, hasPost).icon("fth-link");
        editor(INSERT, "insert.shortcode", "Shortcode {{< >}}", "Shortcut+Shift+K",
                e -> e.replaceSelection("{{<  >}}"), hasPost);
        editor(INSERT, "insert.shortcode-markdown", "Markdown Shortcode {{% %}}", null,
                e -> e.replaceSelection("{{%  %}}"), hasPost);
        editor(INSERT, "insert.rule", "Horizontal Rule", null, e -> e.replaceSelection("\n---\n"), hasPost);
    }

    private void format(ObservableValue<Boolean> hasPost) {
        editor(FORMAT, "format.bold", "Bold", "Shortcut+B", EditorPane::bold, hasPost).icon("fth-bold");
        editor(FORMAT, "format.italic", "Italic", "Shortcut+I", EditorPane::italic, hasPost).icon("fth-italic");
        editor(FORMAT, "format.comment", "Toggle Comment", "Shortcut+SLASH", EditorPane::toggleComment, hasPost);
        actions.separator(FORMAT);
        for (int level = 1; level <= 6; level++) {
            int h = level;
            editor(FORMAT, "format.heading-" + h, "Heading " + h, "Shortcut+" + h, e -> e.heading(h), hasPost);
        }
        actions.separator(FORMAT);
        editor(FORMAT, "format.indent", "Indent (Tab)", null, e -> e.indent(false), hasPost);
        editor(FORMAT, "format.outdent", "Outdent (Shift+Tab)", null, e -> e.indent(true), hasPost);
    }

    private AppAction editor(ActionRegistry.MenuSection section, String id, String text, String accelerator,
                             Consumer<EditorPane> command, ObservableValue<Boolean> enabled) {
        return actions.add(section, AppAction.of(id, text, accelerator, () -> {
            PostTab tab = tabs.active();
            if (tab != null) {
                command.accept(tab.editor());
            }
        }).enabledWhen(enabled));
    }

    private void withTab(Consumer<PostTab> command) {
        PostTab tab = tabs.active();
        if (tab != null) {
            command.accept(tab);
        }
    }

    /** File ▸ Open Recent: the recent posts that still exist, and Clear. */
    private final class RecentMenu implements ActionRegistry.DynamicMenu {
        @Override
        public String text() {
            return "Open Recent";
        }

        @Override
        public String id() {
            return "menu-file-recent";
        }

        @Override
        public List<MenuItem> items() {
            List<MenuItem> items = new ArrayList<>();
            for (Path post : settings.recentFiles()) {
                MenuItem item = new MenuItem(EditorSession.nameOf(post) + "  —  " + post);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> files.open(post));
                items.add(item);
            }
            if (items.isEmpty()) {
                MenuItem none = new MenuItem("No recent posts");
                none.setDisable(true);
                items.add(none);
            } else {
                MenuItem clear = new MenuItem("Clear Recent");
                clear.setOnAction(e -> settings.clearRecent());
                items.add(new SeparatorMenuItem());
                items.add(clear);
            }
            return items;
        }
    }
}
