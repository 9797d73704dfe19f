package io.recapstudio.ui;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.post.SourceText;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.FileDialogs;
import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.editor.highlight.PreparedText;
import io.recapstudio.ui.session.DiskStamp;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.OpenedPost;
import io.recapstudio.ui.session.PostFileException;
import io.recapstudio.ui.session.PostFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Window;

/**
 * New, Open, Open Recent, Save, Save As (as a bundle), Close and the unsaved-changes guard. Files are read and
 * highlighted off the FX thread; failures are told through the notifier and never lose the user's text.
 */
final class FileOperations {

    /** Files at least this large open with a progress bar. */
    static final long LARGE_FILE = 512 * 1024;

    private final Window window;
    private final PostTabs tabs;
    private final Notifier notifier;
    private final FileDialogs dialogs;
    private final AppSettings settings;
    private final DiskConflicts conflicts;
    private final EncodingOffer encoding;
    private final ExecutorService loader = DaemonThreads.single("recap-open");

    FileOperations(Window window, PostTabs tabs, Notifier notifier, FileDialogs dialogs, AppSettings settings,
                   DiskConflicts conflicts) {
        this.window = window;
        this.tabs = tabs;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.settings = settings;
        this.conflicts = conflicts;
        this.encoding = new EncodingOffer(window, notifier);
        tabs.setCloseGuard(this::mayClose);
    }

    /** A new, unsaved post from a small template. */
    void newPost() {
        newPost("---\ntitle: \"\"\ndate: " + LocalDate.now() + "\ndraft: true\ntags: []\n---\n\n");
    }

    /** A new, unsaved post holding {@code text} (clean until edited). */
    PostTab newPost(String text) {
        return tabs.add(new EditorSession(OpenedPost.untitled(text)), null);
    }

    void openBundle() {
        dialogs.chooseBundleFolder(window, lastFolder()).ifPresent(this::open);
    }

    void openFile() {
        dialogs.chooseMarkdownFile(window, lastFolder()).ifPresent(this::open);
    }

    /** Files and folders dropped on the window: bundle folders and {@code .md} files open, others are named. */
    void openDropped(List<File> files) {
        List<String> skipped = new ArrayList<>();
        for (File f : files) {
            Path p = f.toPath();
            if (Files.isDirectory(p) || isMarkdown(p)) {
                open(p);
            } else {
                skipped.add(f.getName());
            }
        }
        if (!skipped.isEmpty()) {
            notifier.warning("Not opened: " + String.join(", ", skipped)
                    + ". Drop a page bundle folder or a .md file.");
        }
    }

    /** True when every file is a folder or a Markdown file (a drop that opens posts). */
    static boolean arePosts(List<File> dropped) {
        return !dropped.isEmpty() && dropped.stream().map(File::toPath)
                .allMatch(p -> Files.isDirectory(p) || isMarkdown(p));
    }

    static boolean isMarkdown(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /**
     * Opens the post at {@code fileOrBundle} in a new tab (or selects its tab): read and highlighted off the FX
     * thread, with progress for a large file. Returns the loading task.
     */
    Task<Loaded> open(Path fileOrBundle) {
        return open(fileOrBundle, tab -> { });
    }

    /** Opens the post like {@link #open(Path)}, then hands its tab to {@code then} (at once when it is open). */
    Task<Loaded> open(Path fileOrBundle, Consumer<PostTab> then) {
        Path file;
        try {
            file = PostFiles.postFileOf(fileOrBundle).toAbsolutePath().normalize();
        } catch (PostFileException e) {
            notifier.failure("Cannot open " + fileOrBundle.getFileName(), e.getMessage());
            settings.removeRecent(fileOrBundle);
            return null;
        }
        var existing = tabs.find(file);
        if (existing.isPresent()) {
            tabs.select(existing.get());
            then.accept(existing.get());
            return null;
        }
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws PostFileException {
                updateProgress(0, 1);
                OpenedPost post = PostFiles.read(file);
                PreparedText prepared = PreparedText.prepare(post.text(), f -> updateProgress(f, 1));
                return new Loaded(post, prepared);
            }
        };
        task.setOnSucceeded(e -> then.accept(opened(task.getValue())));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            String why = error instanceof PostFileException ? error.getMessage()
                    : "Cannot open " + file + ": " + error;
            notifier.failure("Cannot open " + file.getFileName(), why);
        });
        if (sizeOf(file) >= LARGE_FILE) {
            notifier.progress("Opening " + file.getFileName() + "…", task);
        }
        loader.execute(task);
        return task;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private PostTab opened(Loaded loaded) {
        Path file = loaded.post().file();
        var existing = tabs.find(file);
        if (existing.isPresent()) {
            tabs.select(existing.get());
            return existing.get();
        }
        PostTab tab = tabs.add(new EditorSession(loaded.post()), loaded.prepared());
        settings.addRecent(file);
        if (loaded.post().readProblems().stream().anyMatch(d -> d.rule().equals(SourceText.ENCODING_RULE))) {
            encoding.offer(tab.session());
        }
        if (DiskStamp.isReadOnly(file)) {
            notifier.warning(file + " is read-only. You can edit it; Save will ask for another place (Save As).");
        }
        return tab;
    }

    /** Saves the active post; a post never saved goes through Save As. True when it was written. */
    boolean save(PostTab tab) {
        EditorSession session = tab.session();
        if (session.getPath() == null) {
            return saveAs(tab);
        }
        Path file = session.getPath();
        if (DiskStamp.isReadOnly(file)) {
            return offerSaveAs(tab, file + " is read-only, so Recap Studio does not write over it. Your text is "
                    + "still in the editor: save it somewhere else with Save As.");
        }
        if (!conflicts.maySave(session)) {
            return false;
        }
        try {
            tab.editor().publishNow();
            OpenedPost saved = PostFiles.write(session.origin(), tab.editor().currentText(), file);
            session.savedAs(saved);
            return true;
        } catch (PostFileException e) {
            return offerSaveAs(tab, e.getMessage());
        }
    }

    /** Says why Save did not write, and offers Save As; true when that saved the post. */
    private boolean offerSaveAs(PostTab tab, String why) {
        boolean saveAs = Choices.ask(window, "save-failed-dialog", "Cannot save " + tab.session().getDisplayName(),
                why, null, List.of(Choices.Answer.of("Save As…", true), Choices.Answer.cancel("Cancel", false)));
        return saveAs && saveAs(tab);
    }

    /** Saves the post as a page bundle in a folder the user chooses: {@code index.md} plus its resources. */
    boolean saveAs(PostTab tab) {
        EditorSession session = tab.session();
        Path start = session.bundleDir() == null ? lastFolder() : session.bundleDir().getParent();
        var chosen = dialogs.chooseSaveFolder(window, start, session.getDisplayName());
        if (chosen.isEmpty()) {
            return false;
        }
        Path dir = chosen.get().toAbsolutePath().normalize();
        Path index = dir.resolve(PageBundle.INDEX);
        boolean samePost = index.equals(session.getPath());
        if (!samePost && Files.exists(index) && !notifier.confirm("Replace " + dir.getFileName() + "/index.md?",
                dir + " already holds a post. Replace its index.md with this post? Its other files are kept.",
                "Replace")) {
            return false;
        }
        try {
            OpenedPost origin = session.origin();
            String text = tab.editor().currentText();
            OpenedPost saved = offTheFxThread("Saving " + dir.getFileName() + " with its images…",
                    () -> PostFiles.saveAsBundle(origin, text, dir));
            session.savedAs(saved);
            settings.addRecent(saved.file());
            notifier.info("Saved as the page bundle " + dir);
            return true;
        } catch (PostFileException e) {
            notifier.failure("Cannot save " + session.getDisplayName() + " as a bundle", e.getMessage());
            return false;
        }
    }

    /** Work that may take long (copying a bundle's images) and throws what saving throws. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws PostFileException;
    }

    /**
     * Runs {@code work} on the loader thread while the window keeps drawing (a nested event loop, as a modal
     * dialog has), its controls disabled so that nothing changes the post meanwhile; returns its result as if it
     * had run here. Where a nested loop cannot start (during layout or an animation) it runs here.
     */
    private <T> T offTheFxThread(String label, Work<T> work) throws PostFileException {
        if (!Platform.isFxApplicationThread() || !Platform.canStartNestedEventLoop()) {
            return work.run();
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws PostFileException {
                return work.run();
            }
        };
        Object loop = new Object();
        task.stateProperty().addListener((o, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                Platform.exitNestedEventLoop(loop, null);
            }
        });
        javafx.scene.Node root = window.getScene() == null ? null : window.getScene().getRoot();
        if (root != null) {
            root.setDisable(true);
        }
        notifier.progress(label, task);
        try {
            loader.execute(task);
            Platform.enterNestedEventLoop(loop);
        } finally {
            if (root != null) {
                root.setDisable(false);
            }
        }
        if (task.getState() == Worker.State.SUCCEEDED) {
            return task.getValue();
        }
        Throwable failure = task.getException();
        if (failure instanceof PostFileException e) {
            throw e;
        }
        throw new IllegalStateException("saving stopped: " + failure, failure);
    }

    /** Closes the tab after the unsaved-changes guard; false when the user cancelled or saving failed. */
    boolean close(PostTab tab) {
        if (!mayClose(tab)) {
            return false;
        }
        tabs.remove(tab);
        return true;
    }

    /** The unsaved-changes guard: Save (and close if it worked), Don't Save, or Cancel. */
    boolean mayClose(PostTab tab) {
        if (!tab.session().isDirty()) {
            return true;
        }
        tabs.select(tab);
        return switch (notifier.askSaveChanges(tab.session().getDisplayName())) {
            case SAVE -> save(tab);
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Asks about every dirty tab before quitting; false when the user cancelled. */
    boolean mayQuit() {
        for (PostTab tab : tabs.all()) {
            if (!mayClose(tab)) {
                return false;
            }
        }
        return true;
    }

    private Path lastFolder() {
        List<Path> recent = settings.recentFiles();
        if (recent.isEmpty()) {
            return null;
        }
        Path bundle = recent.get(0).getParent();
        return bundle == null ? null : bundle.getParent();
    }

    void shutdown() {
        loader.shutdownNow();
    }

    /** A post read and highlighted, ready for a tab. */
    record Loaded(OpenedPost post, PreparedText prepared) {
    }
}
