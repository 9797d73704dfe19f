package io.recapstudio.ui.media;

import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.image.ImageException;
import io.recapstudio.core.image.ImageImporter;
import io.recapstudio.core.media.ImageRename;
import io.recapstudio.core.media.ImageUsages;
import io.recapstudio.core.post.BundleResource;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.shortcode.compose.DroppedFiles;
import io.recapstudio.core.text.TextEdit;
import io.recapstudio.ui.common.PostPanel;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.TextSnapshot;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The bundle's images (sub-folders too) with a thumbnail, size, what uses each ("unused" otherwise), its resources
 * glob and the featured mark. Import (button, or drop files and folders here) copies into the bundle with safe names,
 * optionally downscaled, with progress and cancel; rename (F2) makes every reference follow in one undo step; delete
 * asks and says what still uses the image; double-click inserts an {@code imgproc} call; Crop opens the crop dialog.
 */
public final class MediaPanel implements PostPanel {

    /** The setting (Preferences) that fills in the max width of a new panel: a width in px, or empty for none. */
    public static final String MAX_WIDTH_KEY = "media.maxWidth";

    private final EditorSession session;
    private final WindowServices services;
    private final ThumbnailCache thumbnails = new ThumbnailCache();
    private final ChangeListener<TextSnapshot> textListener;
    final ListView<MediaItem> list = new ListView<>();
    final TextField maxWidth = new TextField();
    final ProgressBar progress = new ProgressBar(0);
    final Button cancel = new Button("Cancel");
    final Label status = new Label();
    private final VBox root;
    private Task<ImageImporter.Result> importing;
    private final ImageFacts.Cache facts = new ImageFacts.Cache();
    /** The bundle as last listed from disk, and its folders' modification times then. */
    private PageBundle listed;
    private FolderTimes listing = FolderTimes.NONE;

    public MediaPanel(EditorSession session, WindowServices services) {
        this.session = session;
        this.services = services;
        list.setId("media-list");
        list.setCellFactory(v -> new MediaCell(thumbnails));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                selected().ifPresent(this::insertCall);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                selected().ifPresent(this::askRename);
            } else if (e.getCode() == KeyCode.DELETE) {
                selected().ifPresent(this::delete);
            }
        });
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            importFiles(files);
            e.setDropCompleted(true);
            e.consume();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(6, toolbar(), list, new HBox(6, progress, cancel), status);
        root.setStyle("-fx-padding: 8;");
        root.setId("media-panel");
        root.getProperties().put(MediaPanel.class, this);
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.setOnAction(e -> {
            if (importing != null) {
                importing.cancel();
            }
        });
        status.setWrapText(true);
        status.setId("media-status");
        textListener = (o, old, text) -> textChanged();
        session.textProperty().addListener(textListener);
        refresh();
    }

    private FlowPane toolbar() {
        Button importButton = button("Import…", "media-import", this::importWithChooser);
        Button rename = button("Rename", "media-rename", () -> selected().ifPresent(this::askRename));
        Button delete = button("Delete", "media-delete", () -> selected().ifPresent(this::delete));
        Button crop = button("Crop…", "media-crop", () -> selected().ifPresent(this::crop));
        Button insert = button("Insert", "media-insert", () -> selected().ifPresent(this::insertCall));
        maxWidth.setPromptText("max width");
        maxWidth.setPrefColumnCount(6);
        maxWidth.setId("media-max-width");
        int preferred = maxWidthOf(services.settings().get(MAX_WIDTH_KEY, ""));
        maxWidth.setText(preferred > 0 ? Integer.toString(preferred) : "");
        FlowPane bar = new FlowPane(6, 6, importButton, maxWidth, rename, delete, crop, insert);
        bar.setPrefWrapLength(260);
        return bar;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Optional<MediaItem> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private Optional<PageBundle> bundle() {
        Path post = session.getPath();
        if (post == null || !post.getFileName().toString().equals(PageBundle.INDEX)) {
            return Optional.empty();
        }
        try {
            PageBundle bundle = PageBundle.open(post.getParent());
            return Optional.of(bundle.withPost(bundle.post().withText(session.currentText())));
        } catch (IOException e) {
            System.getLogger(MediaPanel.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot read the bundle of " + post + "; the media panel works without it", e);
            return Optional.empty();
        }
    }

    /**
     * The text changed: only the usages are computed again, from the files as last listed, unless a folder of the
     * bundle changed on disk since (then the files are listed again). Typing never reads image headers.
     */
    private void textChanged() {
        if (listed == null || listing.changed()) {
            refresh();
            return;
        }
        show(listed.withPost(listed.post().withText(session.currentText())));
    }

    /** Lists the bundle's images again from disk with what uses them now. */
    public void refresh() {
        Optional<PageBundle> bundle = bundle();
        listed = bundle.orElse(null);
        listing = bundle.map(b -> FolderTimes.of(b.folder())).orElse(FolderTimes.NONE);
        if (bundle.isEmpty()) {
            list.getItems().clear();
            status.setText("Save the post as a bundle (a folder with index.md) to manage its images here.");
            return;
        }
        show(bundle.get());
    }

    private void show(PageBundle bundle) {
        ImageUsages usages = ImageUsages.of(bundle);
        List<MediaItem> items = new ArrayList<>();
        for (BundleResource r : bundle.resources()) {
            if (r.isImage()) {
                ImageFacts f = facts.of(r.file());
                items.add(new MediaItem(r.name(), r.file(), f.width(), f.height(), f.bytes(),
                        usages.of(r.name()), usages.resourceGlob(r.name()), ImageUsages.isFeatured(r.name())));
            }
        }
        String keep = selected().map(MediaItem::name).orElse(null);
        list.getItems().setAll(items);
        items.stream().filter(i -> i.name().equals(keep)).findFirst().ifPresent(i -> list.getSelectionModel()
                .select(i));
        if (importing == null) {
            long unused = items.stream().filter(MediaItem::unused).count();
            status.setText(items.size() + " image(s), " + unused + " unused.");
        }
    }

    /** Asks for image files and imports them (File > Import Images…). */
    public void importWithChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import images into the bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.jpg", "*.jpeg", "*.png",
                "*.gif", "*.webp", "*.JPG", "*.JPEG", "*.PNG"));
        List<File> files = chooser.showOpenMultipleDialog(services.window());
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Imports images and folders into the bundle as a background task with progress and cancel. */
    public void importFiles(List<Path> files) {
        Optional<PageBundle> bundle = bundle();
        if (bundle.isEmpty() || importing != null) {
            services.notifier().warning(bundle.isEmpty() ? "Save the post as a bundle first; images are copied "
                    + "beside its index.md." : "An import is running; wait for it or cancel it.");
            return;
        }
        ImageImporter.Options options = ImageImporter.Options.defaults().withMaxWidth(maxWidthValue());
        Path folder = bundle.get().folder();
        Task<ImageImporter.Result> task = new Task<>() {
            @Override
            protected ImageImporter.Result call() {
                return new ImageImporter().importInto(folder, files, options, (done, total, current) -> {
                    updateProgress(done, total);
                    updateMessage("Imported " + done + " of " + total + ": " + current.getFileName());
                }, this::isCancelled);
            }
        };
        importing = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        task.setOnSucceeded(e -> importDone(task.getValue()));
        task.setOnCancelled(e -> importDone(null));
        task.setOnFailed(e -> {
            importDone(null);
            services.notifier().failure("Import failed", task.getException().getMessage());
        });
        DaemonThreads.start("media-import", task);
    }

    private Integer maxWidthValue() {
        int value = maxWidthOf(maxWidth.getText());
        return value > 0 ? value : null;
    }

    /**
     * A max width as the user typed it (the panel's field, the {@value #MAX_WIDTH_KEY} setting): the width in px, or
     * 0 for none (empty, not a whole number, or not positive).
     */
    public static int maxWidthOf(String text) {
        try {
            return Math.max(0, Integer.parseInt(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void importDone(ImageImporter.Result result) {
        importing = null;
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
        refresh();
        if (result == null) {
            status.setText("Import stopped; the images already copied stay in the bundle.");
            return;
        }
        status.setText("Imported " + result.imported().size() + " image(s)" + (result.failures().isEmpty() ? "."
                : "; " + result.failures().size() + " could not be read."));
        result.failures().forEach(f -> services.notifier().warning(f.source().getFileName() + ": " + f.message()));
    }

    private void askRename(MediaItem item) {
        TextInputDialog dialog = new TextInputDialog(item.name());
        dialog.initOwner(services.window());
        dialog.setTitle("Rename image");
        dialog.setHeaderText("Rename " + item.name() + "; every reference in the post follows.");
        dialog.showAndWait().filter(name -> !name.isBlank() && !name.equals(item.name()))
                .ifPresent(name -> rename(item, name));
    }

    /** Renames the image and applies the reference edits to the post as one undo step. */
    public void rename(MediaItem item, String wanted) {
        Optional<PageBundle> bundle = bundle();
        if (bundle.isEmpty()) {
            return;
        }
        try {
            ImageRename.Result result = ImageRename.rename(bundle.get(), item.name(), wanted);
            if (!result.edits().isEmpty()) {
                session.applyEdits(result.edits());
            }
            services.notifier().info("Renamed " + item.name() + " to " + result.renamed().getFileName() + "; "
                    + result.edits().size() + " reference(s) updated.");
        } catch (IOException e) {
            services.notifier().failure("Cannot rename " + item.name(), e.getMessage());
        }
        refresh();
    }

    private void delete(MediaItem item) {
        String users = item.unused() ? "Nothing in the post uses it." : "Still used by " + item.usages().stream()
                .map(Object::toString).collect(Collectors.joining(", ")) + ": those places will show nothing.";
        if (services.notifier().confirm("Delete " + item.name() + "?", users, "Delete")) {
            try {
                Files.deleteIfExists(item.file());
            } catch (IOException e) {
                services.notifier().failure("Cannot delete " + item.name(), e.getMessage());
            }
            refresh();
        }
    }

    private void insertCall(MediaItem item) {
        insertText(DroppedFiles.imgproc(item.name(), item.width()));
    }

    private void insertText(String text) {
        session.applyEdits(List.of(TextEdit.insert(session.selection().end(), text + "\n")));
    }

    private void crop(MediaItem item) {
        try {
            CropDialog dialog = new CropDialog(services.window(), item.file(), services.notifier(), this::insertText);
            dialog.stage().setOnHidden(e -> refresh());
            dialog.show();
        } catch (ImageException e) {
            services.notifier().failure("Cannot open " + item.name(), e.getMessage());
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        session.textProperty().removeListener(textListener);
        thumbnails.shutdown();
    }
}
