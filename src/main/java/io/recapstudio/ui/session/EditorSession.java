package io.recapstudio.ui.session;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import io.recapstudio.core.workspace.SiteContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one observable state of an open post: where it lives, its text (as versioned snapshots), whether it has
 * unsaved edits, its diagnostics, statistics and the caret line. Every feature of a tab (editor, preview, front
 * matter form, media panel, palette) reads this and changes the text only through {@link #applyEdits(List)}, so all
 * edits land in the editor's undo history. FX thread only, except {@link TextSnapshot#text()}.
 */
public final class EditorSession {

    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper(this, "displayName");
    private final ReadOnlyObjectWrapper<TextSnapshot> text = new ReadOnlyObjectWrapper<>(this, "text");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<List<Diagnostic>> diagnostics =
            new ReadOnlyObjectWrapper<>(this, "diagnostics", List.of());
    private final ReadOnlyObjectWrapper<DocumentStats> stats =
            new ReadOnlyObjectWrapper<>(this, "stats", DocumentStats.EMPTY);
    private final ReadOnlyIntegerWrapper caretLine = new ReadOnlyIntegerWrapper(this, "caretLine", 1);
    private final ReadOnlyIntegerWrapper caretColumn = new ReadOnlyIntegerWrapper(this, "caretColumn", 1);
    private final List<PasteHandler> pasteHandlers = new CopyOnWriteArrayList<>();
    private final List<FileDropHandler> dropHandlers = new CopyOnWriteArrayList<>();
    private OpenedPost origin;
    private DiskStamp diskStamp;
    private long version;
    private EditorHandle editor;
    /** The text the diagnostics were found in (their ranges and fixes refer to it). */
    private TextSnapshot diagnosticsBasis = null;

    /** One daemon thread loads the sites of every open post, in the order asked. */
    private static final ExecutorService SITE_LOADER = DaemonThreads.single("recap-site-context");
    private final ReadOnlyLongWrapper liveVersion = new ReadOnlyLongWrapper(this, "liveVersion");
    private final ReadOnlyLongWrapper previewShown = new ReadOnlyLongWrapper(this, "previewShown", NO_PREVIEW);
    private final ReadOnlyObjectWrapper<EditorViewport> viewport =
            new ReadOnlyObjectWrapper<>(this, "viewport", EditorViewport.START);
    private final ReadOnlyObjectWrapper<SiteContext> site = new ReadOnlyObjectWrapper<>(this, "site");
    private final Executor fxThread;
    private CompletableFuture<SiteContext> siteLoad;

    /** A session for {@code post} as read from disk, or for a new post ({@link OpenedPost#untitled(String)}). */
    public EditorSession(OpenedPost post) {
        this(post, Platform::runLater);
    }

    /**
     * @param fxThread delivers the loaded site context to the FX thread ({@code Platform::runLater}; tests may pass
     *                 a direct executor)
     */
    public EditorSession(OpenedPost post, Executor fxThread) {
        this.origin = Objects.requireNonNull(post);
        this.fxThread = fxThread;
        this.diskStamp = post.stamp();
        path.set(post.file());
        displayName.bind(path.map(EditorSession::nameOf).orElse("Untitled"));
        text.set(TextSnapshot.of(0, post.text()));
        path.addListener((o, old, now) -> {
            if (siteLoad != null && !Objects.equals(old, now)) {
                loadSite();
            }
        });
    }

    /** The bundle folder's name for an {@code index.md}, otherwise the file name. */
    public static String nameOf(Path file) {
        String name = file.getFileName().toString();
        Path parent = file.getParent();
        if (PageBundle.isIndexFile(file) && parent != null && parent.getFileName() != null) {
            return parent.getFileName().toString();
        }
        return name;
    }

    // ---- what features read -------------------------------------------------------------------------------------

    /** The post's file ({@code …/index.md} or a {@code .md}); null while a new post has not been saved. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public Path getPath() {
        return path.get();
    }

    /** The bundle folder (the post's parent folder), or null for an unsaved post. */
    public Path bundleDir() {
        Path p = path.get();
        return p == null ? null : p.toAbsolutePath().getParent();
    }

    /** Post name for titles and tabs: the bundle folder name, the file name, or "Untitled". */
    public ReadOnlyStringProperty displayNameProperty() {
        return displayName.getReadOnlyProperty();
    }

    public String getDisplayName() {
        return displayName.get();
    }

    /** The latest published text; changes after typing pauses (about 100 ms), never on every keystroke. */
    public ReadOnlyObjectProperty<TextSnapshot> textProperty() {
        return text.getReadOnlyProperty();
    }

    public TextSnapshot getText() {
        return text.get();
    }

    /** The version of the editor's text now; a snapshot older than this is stale. */
    public long currentVersion() {
        return version;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Diagnostics for the current text (ranges in the LF text of the latest published snapshot). */
    public ReadOnlyObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics.getReadOnlyProperty();
    }

    public List<Diagnostic> getDiagnostics() {
        return diagnostics.get();
    }

    public long count(Severity severity) {
        return diagnostics.get().stream().filter(d -> d.severity() == severity).count();
    }

    public ReadOnlyObjectProperty<DocumentStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    /** 1-based line of the caret (the preview follows it). */
    public ReadOnlyIntegerProperty caretLineProperty() {
        return caretLine.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty caretColumnProperty() {
        return caretColumn.getReadOnlyProperty();
    }

    /** What was read from disk (or the template of a new post): the base for a byte-exact save. */
    public OpenedPost origin() {
        return origin;
    }

    // ---- what features do ---------------------------------------------------------------------------------------

    /** The exact current text, including edits not yet published. */
    public String currentText() {
        return editor == null ? text.get().text() : editor.currentText();
    }

    /** Applies edits to the editor's text as one undo step (e.g. a front-matter field, a shortcode call). */
    public void applyEdits(List<TextEdit> edits) {
        requireEditor().applyEdits(edits);
    }

    public void replaceSelection(String replacement) {
        requireEditor().replaceSelection(replacement);
    }

    public TextRange selection() {
        return requireEditor().selection();
    }

    /** Scrolls the editor to a 1-based line (the preview calls this on a click or when it is scrolled). */
    public void revealLine(int line) {
        requireEditor().revealLine(line);
    }

    /** Moves the caret to {@code offset} of the current text, scrolls it into view and focuses the editor. */
    public void revealOffset(int offset) {
        requireEditor().revealOffset(offset);
    }

    public void focusEditor() {
        requireEditor().requestFocus();
    }

    /**
     * Lets a feature turn pasted text into something else (a tweet URL into a {@code tweet} call). Handlers are asked
     * in the order they were added; the first that answers replaces the paste.
     */
    public void addPasteHandler(PasteHandler handler) {
        pasteHandlers.add(handler);
    }

    /** Lets a feature take files dropped on the editor (images into the bundle); the first that accepts wins. */
    public void addFileDropHandler(FileDropHandler handler) {
        dropHandlers.add(handler);
    }

    /** What a paste of {@code clipboardText} should insert instead, if a feature wants to change it. */
    public Optional<String> transformPaste(String clipboardText) {
        for (PasteHandler handler : pasteHandlers) {
            Optional<String> replacement = handler.transform(clipboardText);
            if (replacement.isPresent()) {
                return replacement;
            }
        }
        return Optional.empty();
    }

    /** Offers files dropped at {@code offset} to the features; true when one took them. */
    public boolean dropFiles(List<Path> files, int offset) {
        return dropHandlers.stream().anyMatch(h -> h.drop(files, offset));
    }

    /** Turns pasted text into other text, or declines. */
    @FunctionalInterface
    public interface PasteHandler {
        Optional<String> transform(String clipboardText);
    }

    /** Takes files dropped on the editor at an offset of its text, or declines (false). */
    @FunctionalInterface
    public interface FileDropHandler {
        boolean drop(List<Path> files, int offset);
    }

    // ---- called by the editor and the window ---------------------------------------------------------------------

    public void attachEditor(EditorHandle handle) {
        this.editor = handle;
    }

    /** Called by the editor on every text change. */
    public long noteEdit() {
        liveVersion.set(++version);
        return version;
    }

    /** Called by the editor when typing pauses. */
    public void publish(TextSnapshot snapshot) {
        if (snapshot.version() >= text.get().version()) {
            text.set(snapshot);
        }
    }

    public void setDirty(boolean value) {
        dirty.set(value);
    }

    public void setCaret(int line, int column) {
        caretLine.set(line);
        caretColumn.set(column);
    }

    /** Applies a diagnostics result unless the text has changed since it was computed (latest wins). */
    public boolean acceptDiagnostics(long forVersion, List<Diagnostic> found, DocumentStats newStats) {
        if (forVersion != version) {
            return false;
        }
        diagnosticsBasis = liveText();
        diagnostics.set(List.copyOf(found));
        stats.set(newStats);
        return true;
    }

    /** The text the current diagnostics were found in: their ranges, lines and fixes refer to it. */
    public TextSnapshot diagnosticsText() {
        return diagnosticsBasis == null ? text.get() : diagnosticsBasis;
    }

    /**
     * Where {@code offset} of the text the diagnostics were found in is in the editor's text now, or empty when the
     * text around it was edited since.
     */
    public java.util.OptionalInt currentOffset(int offset) {
        return EditRebase.of(diagnosticsText().text(), currentText()).offset(offset);
    }

    /**
     * Applies a diagnostic's fix as one undo step. Its edits refer to {@link #diagnosticsText()}; they are moved over
     * what was typed since. False (nothing changed) when the text was edited where the fix applies.
     */
    public boolean applyFix(io.recapstudio.core.text.Fix fix) {
        Optional<List<TextEdit>> edits = EditRebase.of(diagnosticsText().text(), currentText()).edits(fix.edits());
        edits.ifPresent(this::applyEdits);
        return edits.isPresent();
    }

    /** After a save: the post now lives at {@code savedTo} and that file holds {@code saved}. */
    public void savedAs(OpenedPost saved) {
        this.origin = saved;
        this.diskStamp = saved.stamp();
        path.set(saved.file());
        if (editor != null) {
            editor.markSaved();
        }
    }

    // ---- live text, scroll position and the site (for the preview and the features that read the site) ------------

    /** {@link #previewShownProperty()} when no preview follows this session. */
    public static final long NO_PREVIEW = Long.MIN_VALUE;

    /**
     * The version of the text the preview shows: {@link #NO_PREVIEW} when none follows the session, -1 while it has
     * shown nothing yet. The checks wait for it, so they do not compete with the render of the same keystroke.
     */
    public ReadOnlyLongProperty previewShownProperty() {
        return previewShown.getReadOnlyProperty();
    }

    /** Called by the preview when it shows {@code shownVersion} (or -1 when it starts, NO_PREVIEW when it closes). */
    public void setPreviewShown(long shownVersion) {
        previewShown.set(shownVersion);
    }

    /** The version of the editor's text, changed on every edit (not only when typing pauses, as the text is). */
    public ReadOnlyLongProperty liveVersionProperty() {
        return liveVersion.getReadOnlyProperty();
    }

    /**
     * The editor's text now, as a snapshot that is cheap to take on the FX thread (the string is built when a
     * background thread first reads it): what the live preview renders after every keystroke.
     */
    public TextSnapshot liveText() {
        return editor == null ? text.get() : editor.snapshot(version);
    }

    /**
     * The lines the editor shows; changes when the user scrolls the editor or the editor follows the caret (not when
     * {@link #scrollEditorTo(int)} moved it). The preview follows it.
     */
    public ReadOnlyObjectProperty<EditorViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** Called by the editor when it scrolled. */
    public void setViewport(EditorViewport shown) {
        if (!shown.equals(viewport.get())) {
            viewport.set(shown);
        }
    }

    /** Scrolls the editor so that 1-based {@code line} is at the top, without moving the caret or the focus. */
    public void scrollEditorTo(int line) {
        requireEditor().scrollToLine(line);
    }

    /**
     * The site the post belongs to ({@link SiteContext#none()} outside any site), loaded once off the FX thread
     * when first asked for and again whenever the post's path changes (Save As into a site gives that site at
     * once). Null until the first load finishes; a new load keeps the old value until its own is ready.
     */
    public ReadOnlyObjectProperty<SiteContext> siteProperty() {
        siteContext();
        return site.getReadOnlyProperty();
    }

    /** The loaded site context, or null while it loads (see {@link #siteProperty()}). */
    public SiteContext getSite() {
        return siteProperty().get();
    }

    /**
     * The site context of the post's current path: for background threads, which may wait for it (the FX thread
     * must not). Its catalog and rendering are computed before it completes; its index is built by whoever asks.
     */
    public CompletableFuture<SiteContext> siteContext() {
        if (siteLoad == null) {
            loadSite();
        }
        return siteLoad;
    }

    private void loadSite() {
        Path post = path.get();
        if (post == null) {
            siteLoad = CompletableFuture.completedFuture(SiteContext.none());
            site.set(SiteContext.none());
            return;
        }
        CompletableFuture<SiteContext> load = CompletableFuture.supplyAsync(() -> loadSite(post), SITE_LOADER);
        siteLoad = load;
        load.thenAcceptAsync(context -> {
            if (siteLoad == load) {
                site.set(context);
            }
        }, fxThread);
    }

    /** Reads the site around {@code post}, and what the FX thread will read of it, so that it never computes. */
    private static SiteContext loadSite(Path post) {
        try {
            SiteContext context = SiteContext.around(post);
            context.catalog();
            context.rendering();
            return context;
        } catch (RuntimeException e) {
            System.getLogger(EditorSession.class.getName()).log(System.Logger.Level.WARNING,
                    "The site around " + post + " could not be read", e);
            return SiteContext.none();
        }
    }

    /**
     * What the post's file held when it was last read, written, or looked at and accepted here ("keep mine" after
     * another program changed it); null for a post never saved. Save compares the file with it before writing.
     */
    public DiskStamp diskStamp() {
        return diskStamp;
    }

    /** The file now holds {@code stamp} and the user has seen it (kept their text, or it is the same content). */
    public void noteDiskStamp(DiskStamp stamp) {
        this.diskStamp = stamp;
    }

    /**
     * Replaces the whole text with {@code newText} as one undo step that touches only the part that differs, so the
     * caret and the scroll position stay near where they were (a reload, a restore from the recovery journal).
     */
    public void replaceText(String newText) {
        String now = currentText();
        if (!now.equals(newText)) {
            applyEdits(List.of(TextEdit.between(now, newText)));
        }
    }

    private EditorHandle requireEditor() {
        if (editor == null) {
            throw new IllegalStateException("no editor is attached to " + getDisplayName());
        }
        return editor;
    }
}
