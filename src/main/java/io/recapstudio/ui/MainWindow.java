package io.recapstudio.ui;

import io.recapstudio.core.system.UserFolders;
import io.recapstudio.ui.common.ActionRegistry;
import io.recapstudio.ui.common.AppAction;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.DockPanelSpec;
import io.recapstudio.ui.common.FileDialogs;
import io.recapstudio.ui.common.NotificationCenter;
import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.editor.EditorPrefs;
import io.recapstudio.ui.export.ExportDialog;
import io.recapstudio.ui.frontmatter.FrontMatterPanel;
import io.recapstudio.ui.media.MediaPanel;
import io.recapstudio.ui.palette.PalettePanel;
import io.recapstudio.ui.palette.SmartInsert;
import io.recapstudio.ui.session.DiagnosticsProvider;
import io.recapstudio.ui.session.DiagnosticsRunner;
import io.recapstudio.ui.session.DiskWatch;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.JournalKeeper;
import io.recapstudio.ui.session.RecoveryJournal;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menus and tool bar, a tab per open post (editor | preview | docked feature panels), the
 * notification bar and the status bar. It wires the parts together; each part lives in its own class.
 */
public final class MainWindow {

    private static final List<String> TOOL_BAR = List.of("file.new", "file.open", "file.save", "|", "edit.undo",
            "edit.redo", "|", "format.bold", "format.italic", "insert.link", "|", "edit.find", "|", "file.export",
            "|", "view.editor", "view.preview");

    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());

    private final Stage stage;
    private final AppSettings settings;
    private final ActionRegistry actions = new ActionRegistry();
    private final NotificationCenter notifier;
    private final EditorPrefs prefs;
    private final WindowLayout layout;
    private final Docks docks;
    private final DiagnosticsRunner diagnostics;
    private final PostTabs tabs;
    private final FileOperations files;
    private final WindowServices services;
    private final Path dataDir;
    private final JournalKeeper journal;
    private final DiskWatch diskWatch;
    private final Recovery recovery;
    private final EditorContextMenu editorMenu;
    private final ProblemsFeature problems;
    private final Theme theme;
    private final PreferencesFeature preferences;
    private final SessionRestore restore;

    /** A window whose recovery journal and sample copy live in the user's data folder. */
    public MainWindow(Stage stage, AppSettings settings, FileDialogs dialogs, DiagnosticsProvider provider) {
        this(stage, settings, dialogs, provider, UserFolders.current().data());
    }

    /**
     * @param dataDir the user's data folder: the recovery journal ({@code recovery/}) and the copy of the sample
     *                recap go there
     */
    public MainWindow(Stage stage, AppSettings settings, FileDialogs dialogs, DiagnosticsProvider provider,
                      Path dataDir) {
        this.stage = stage;
        this.settings = settings;
        this.notifier = new NotificationCenter(stage);
        this.prefs = EditorPrefs.from(settings);
        this.theme = new Theme(settings);
        this.restore = new SessionRestore(settings);
        this.layout = new WindowLayout(settings);
        this.docks = new Docks(actions, settings);
        this.diagnostics = new DiagnosticsRunner(provider, Platform::runLater, (session, error) ->
                notifier.warning("The checks of " + session.getDisplayName() + " failed: " + error
                        + ". Underlines may be out of date."));
        this.dataDir = dataDir;
        this.journal = new JournalKeeper(RecoveryJournal.in(dataDir), notifier::warning, Platform::runLater);
        this.tabs = new PostTabs(layout, docks, prefs, diagnostics, journal);
        DiskConflicts conflicts = new DiskConflicts(stage, tabs, notifier, journal);
        this.files = new FileOperations(stage, tabs, notifier, dialogs, settings, conflicts);
        this.diskWatch = new DiskWatch(() -> tabs.all().stream().map(PostTab::session).toList(), conflicts,
                Platform::runLater);
        this.recovery = new Recovery(stage, files, journal, notifier);
        this.services = new WindowServices(stage, tabs.activeSessionProperty(), actions, notifier, settings,
                theme.darkProperty());
        tabs.setServices(services);
        EditCommands editing = new EditCommands(() -> stage.getScene() == null ? null
                : stage.getScene().getFocusOwner(), () -> tabs.active() == null ? null : tabs.active().editor().area());
        new WindowActions(actions, tabs, files, layout, prefs, settings, this::quit,
                () -> ShortcutsDialog.show(stage, actions), () -> AboutDialog.show(stage), editing).registerAll();
        this.editorMenu = new EditorContextMenu(actions);
        tabs.onTabAdded(tab -> editorMenu.install(tab.session(), tab.editor().area()));
        this.problems = new ProblemsFeature(actions, tabs, notifier);
        this.preferences = new PreferencesFeature(stage, settings, prefs, theme, journal, notifier);
        installAppearance();
        installFeatures(dialogs);
    }

    /** Edit ▸ Preferences… and View ▸ Theme. */
    private void installAppearance() {
        actions.separator(ActionRegistry.MenuSection.EDIT);
        actions.add(ActionRegistry.MenuSection.EDIT, AppAction.of("edit.preferences", "Preferences…",
                "Shortcut+COMMA", preferences::show));
        actions.dynamic(ActionRegistry.MenuSection.VIEW, new ThemeMenu(theme));
    }

    /** Feature panels docked at the right of each tab, and the features' commands. */
    private void installFeatures(FileDialogs dialogs) {
        NewPostInSite newInSite = new NewPostInSite(stage, dialogs, notifier, settings, this::open);
        actions.addAfter(ActionRegistry.MenuSection.FILE, "file.new", AppAction.of("file.new-in-site",
                "New Post in Site…", "Shortcut+Alt+N", newInSite::run));
        actions.addAfter(ActionRegistry.MenuSection.FILE, "file.save-as", AppAction.of("file.export",
                "Export to Site…", "Shortcut+E", () -> Optional.ofNullable(tabs.activeSessionProperty().get())
                        .flatMap(session -> ExportDialog.forSession(services, session, dialogs::showFolder))
                        .ifPresent(ExportDialog::show)).enabledWhen(tabs.activeSessionProperty().isNotNull())
                .icon("fth-upload"));
        addDockPanel(new DockPanelSpec("front-matter", "Front Matter", "Shortcut+Shift+M", FrontMatterPanel::new));
        installPalette();
        io.recapstudio.ui.recap.RecapInserts.register(services); // Insert > Recap Outline…, Talk List… (issue 12)
        installMedia();
        problems.install(docks, editorMenu);
    }

    /** The media panel per tab and File > Import Images…, which shows it and asks for the files. */
    private void installMedia() {
        // Weak both ways: a panel refers to its session, so a strong value would keep a closed tab's session alive.
        Map<EditorSession, WeakReference<MediaPanel>> panels = new WeakHashMap<>();
        addDockPanel(new DockPanelSpec("media", "Media", "Shortcut+Shift+G", (session, svc) -> {
            MediaPanel panel = new MediaPanel(session, svc);
            panels.put(session, new WeakReference<>(panel));
            return panel;
        }));
        actions.addAfter(ActionRegistry.MenuSection.FILE, "file.export", AppAction.of("file.import-images",
                "Import Images…", "Shortcut+Shift+I", () -> {
                    actions.get("view.dock.media").selectedProperty().set(true);
                    Optional.ofNullable(panels.get(tabs.activeSessionProperty().get())).map(WeakReference::get)
                            .ifPresent(MediaPanel::importWithChooser);
                }).enabledWhen(tabs.activeSessionProperty().isNotNull()));
    }

    /** The shortcode palette per tab, its two commands, and smart paste and drop in every post. */
    private void installPalette() {
        Map<EditorSession, WeakReference<PalettePanel>> palettes = new WeakHashMap<>();
        addDockPanel(new DockPanelSpec("shortcodes", "Shortcodes", "Shortcut+Alt+K", (session, svc) -> {
            PalettePanel panel = new PalettePanel(session, svc);
            palettes.put(session, new WeakReference<>(panel));
            return panel;
        }));
        Runnable showPalette = () -> actions.get("view.dock.shortcodes").selectedProperty().set(true);
        actions.add(ActionRegistry.MenuSection.INSERT, AppAction.of("insert.palette", "Shortcode from Palette…",
                "Shortcut+Shift+P", () -> {
                    showPalette.run();
                    Optional.ofNullable(palettes.get(tabs.activeSessionProperty().get())).map(WeakReference::get)
                            .ifPresent(PalettePanel::focusSearch);
                }).enabledWhen(tabs.activeSessionProperty().isNotNull()));
        actions.add(ActionRegistry.MenuSection.INSERT, AppAction.of("insert.edit-shortcode", "Edit Shortcode…",
                "Shortcut+Shift+E", () -> {
                    showPalette.run();
                    Optional.ofNullable(palettes.get(tabs.activeSessionProperty().get())).map(WeakReference::get)
                            .ifPresent(PalettePanel::editAtCaret);
                }).enabledWhen(tabs.activeSessionProperty().isNotNull()));
        Set<EditorSession> smart = Collections.newSetFromMap(new WeakHashMap<>());
        ChangeListener<EditorSession> installer = (o, old, session) -> {
            if (session != null && smart.add(session)) {
                SmartInsert.install(session, notifier);
            }
        };
        tabs.activeSessionProperty().addListener(installer);
        installer.changed(null, null, tabs.activeSessionProperty().get());
    }

    /** Adds a panel at the right of every tab, with a View menu toggle (call before {@link #show()}). */
    public void addDockPanel(DockPanelSpec spec) {
        docks.register(spec);
    }

    public void show() {
        VBox top = new VBox(MenuBuilder.menuBar(actions), MenuBuilder.toolBar(actions, TOOL_BAR), notifier.node());
        WelcomeScreen welcome = new WelcomeScreen(settings, new WelcomeScreen.Commands(files::newPost,
                () -> actions.get("file.new-in-site").run(), files::openBundle, this::openSample, files::open));
        BorderPane root = new BorderPane(welcome.over(tabs.node()));
        root.setTop(top);
        root.setBottom(new StatusBar(tabs.activeSessionProperty(), problems::show).node());
        root.getStyleClass().add("main-window");
        Scene scene = new Scene(root, restore.sceneWidth(), restore.sceneHeight());
        scene.getStylesheets().add(stylesheet("app.css"));
        scene.getStylesheets().add(stylesheet("editor.css"));
        theme.attach(scene);
        acceptDroppedFiles(scene);
        ObservableValue<Boolean> dirty = tabs.activeSessionProperty().flatMap(EditorSession::dirtyProperty);
        ObservableValue<String> name = tabs.activeSessionProperty().flatMap(EditorSession::displayNameProperty);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> title(name.getValue(), dirty.getValue()),
                dirty, name));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!files.mayQuit()) {
                e.consume();
            } else {
                cleanQuit();
            }
        });
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                diskWatch.checkNow();
            } else {
                journal.flushAll();
            }
        });
        diskWatch.start(DiskWatch.POLL);
        restore.restoreWindow(stage);
        stage.show();
        if (settings.loadProblem() != null) {
            notifier.warning(settings.loadProblem());
        }
    }

    static String stylesheet(String name) {
        URL url = Objects.requireNonNull(MainWindow.class.getResource(name), name);
        return url.toExternalForm();
    }

    private static String title(String postName, Boolean dirty) {
        return postName == null ? "Recap Studio"
                : postName + (Boolean.TRUE.equals(dirty) ? " •" : "") + " — Recap Studio";
    }

    /** Bundle folders and .md files dropped anywhere open; other files go on to the features (images, …). */
    private void acceptDroppedFiles(Scene scene) {
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && FileOperations.arePosts(e.getDragboard().getFiles())) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles() && FileOperations.arePosts(e.getDragboard().getFiles())) {
                files.openDropped(e.getDragboard().getFiles());
                e.setDropCompleted(true);
                e.consume();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles() && !e.isDropCompleted()) {
                files.openDropped(e.getDragboard().getFiles());
                e.setDropCompleted(true);
            }
        });
    }

    /**
     * Opens what the user asked for on the command line; else the posts open when the app last closed; else the
     * sample recap; else a new post.
     */
    public void openInitial(List<Path> requested) {
        List<Path> toOpen = !requested.isEmpty() ? requested
                : restore.restoreTabs(tabs, notifier::info);
        if (toOpen.isEmpty()) {
            toOpen = sample().map(List::of).orElse(List.of());
        }
        if (toOpen.isEmpty()) {
            files.newPost();
        }
        toOpen.forEach(files::open);
        recovery.offer();
    }

    private void openSample() {
        sample().ifPresentOrElse(files::open, () -> notifier.warning("The sample recap is not installed with this "
                + "copy of Recap Studio (assets/sample-recap): open a post of your own."));
    }

    /**
     * The sample recap to open on a first start: the user's copy in the data folder (made from the installed one,
     * which may be read-only), or the installed one when the copy cannot be made.
     */
    private Optional<Path> sample() {
        Optional<Path> installed = Assets.sampleRecap();
        if (installed.isEmpty()) {
            return installed;
        }
        try {
            return Optional.of(Assets.userSample(installed.get(), dataDir));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot copy the sample recap into " + dataDir, e);
            notifier.warning("Cannot copy the sample recap into " + dataDir + " (" + e.getMessage() + "); it opens "
                    + "from " + installed.get() + ", where Save may not be allowed: use Save As.");
            return installed;
        }
    }

    /** The recovery offered at start (for tests). */
    Recovery recovery() {
        return recovery;
    }

    JournalKeeper journal() {
        return journal;
    }

    DiskWatch diskWatch() {
        return diskWatch;
    }

    /** Opens a bundle folder or {@code .md} file in a tab (read off the FX thread). */
    public void open(Path fileOrBundle) {
        files.open(fileOrBundle);
    }

    private void quit() {
        if (files.mayQuit()) {
            cleanQuit();
            stage.close();
        }
    }

    /** Every post was saved or let go: their recovery entries go, and the window's state is kept. */
    private void cleanQuit() {
        journal.discardAll();
        saveState();
    }

    private void saveState() {
        settings.setLastSession(tabs.all().stream().map(t -> t.session().getPath()).filter(Objects::nonNull)
                .toList());
        restore.save(stage, tabs);
        try {
            settings.save();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write the settings to " + settings.file(), e);
        }
    }

    public WindowServices services() {
        return services;
    }

    public ActionRegistry actions() {
        return actions;
    }

    public NotificationCenter notifier() {
        return notifier;
    }

    PostTabs tabs() {
        return tabs;
    }

    FileOperations files() {
        return files;
    }

    EditorContextMenu editorMenu() {
        return editorMenu;
    }

    PreferencesFeature preferences() {
        return preferences;
    }

    Theme theme() {
        return theme;
    }

    EditorPrefs editorPrefs() {
        return prefs;
    }

    Stage stage() {
        return stage;
    }

    WindowLayout layout() {
        return layout;
    }

    public void dispose() {
        diskWatch.close();
        journal.flushAll();
        journal.close();
        diagnostics.close();
        files.shutdown();
        tabs.all().forEach(PostTab::dispose);
    }
}
