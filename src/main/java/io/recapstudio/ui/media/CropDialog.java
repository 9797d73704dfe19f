package io.recapstudio.ui.media;

import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.image.AspectPreset;
import io.recapstudio.core.image.HugoGeometry;
import io.recapstudio.core.image.ImageCropper;
import io.recapstudio.core.image.ImageException;
import io.recapstudio.core.image.ImageInfo;
import io.recapstudio.core.image.ImageProcessor;
import io.recapstudio.core.image.ImageSpec;
import io.recapstudio.core.image.ImageSpecException;
import io.recapstudio.core.image.PixelRect;
import io.recapstudio.core.image.Size;
import io.recapstudio.core.image.Thumbnails;
import io.recapstudio.core.post.AtomicFiles;
import io.recapstudio.core.shortcode.Delimiter;
import io.recapstudio.core.shortcode.ShortcodeWriter;
import io.recapstudio.ui.common.Notifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Crop an image and preview Hugo's processing. The Crop tab: a rectangle with handles on the zoomable image, aspect
 * presets, exact pixel fields, quarter turns, an optional width, the output size live; save as a new file, or
 * replace the original (kept aside so "Undo Replace" restores it). The Hugo tab: a command and options, the exact
 * output size and the processed result, and "Insert imgproc" for the matching call.
 */
public final class CropDialog {

    private static final int PREVIEW_SIDE = 1200;

    private final Stage stage = new Stage();
    private final Path source;
    private final Notifier notifier;
    private final Consumer<String> insertCall;
    final CropModel model;
    final ComboBox<AspectPreset> preset = new ComboBox<>();
    final TextField x = number("crop-x");
    final TextField y = number("crop-y");
    final TextField w = number("crop-w");
    final TextField h = number("crop-h");
    final TextField width = number("crop-target-width");
    final Label output = new Label();
    final Button saveNew = new Button("Save as New File");
    final Button replace = new Button("Replace Original");
    final Button undoReplace = new Button("Undo Replace");
    final ComboBox<String> command = new ComboBox<>();
    final TextField options = new TextField("600x");
    final Label hugoOutput = new Label();
    final ImageView hugoPreview = new ImageView();
    final Button insert = new Button("Insert imgproc");
    final Button cancel = new Button("Cancel");
    private Path backup;
    private Path lastWritten;

    public CropDialog(Window owner, Path source, Notifier notifier, Consumer<String> insertCall) {
        this.source = source;
        this.notifier = notifier;
        this.insertCall = insertCall;
        ImageInfo info = ImageInfo.read(source);
        this.model = new CropModel(info.size());
        Image preview = SwingFXUtils.toFXImage(Thumbnails.create(source, PREVIEW_SIDE, false), null);
        double fit = Math.min(1.0, 640.0 / Math.max(info.width(), info.height()));
        CropView view = new CropView(model, preview, fit);
        stage.initOwner(owner);
        stage.setTitle("Crop " + source.getFileName());
        TabPane tabs = new TabPane(new Tab("Crop", cropTab(view, fit)), new Tab("Hugo processing", hugoTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        stage.setScene(new Scene(new VBox(tabs, closeRow()), 900, 720));
        closeOnEscape(stage.getScene());
        bind();
    }

    /** Cancel closes the dialog; what was already saved stays (Undo Replace is offered until then). */
    private HBox closeRow() {
        cancel.setId("crop-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox row = new HBox(cancel);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(0, 10, 10, 10));
        return row;
    }

    /** Escape closes the dialog wherever the focus is, unless a control used it (a combo box's open list). */
    private void closeOnEscape(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** The file the last save wrote, if any. */
    public Optional<Path> lastWritten() {
        return Optional.ofNullable(lastWritten);
    }

    private static TextField number(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        return f;
    }

    private VBox cropTab(CropView view, double fit) {
        preset.getItems().setAll(AspectPreset.values());
        preset.setValue(AspectPreset.FREE);
        preset.setId("crop-preset");
        preset.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AspectPreset p) {
                return p == null ? "" : p.label(); // "4:3", not FOUR_THREE
            }

            @Override
            public AspectPreset fromString(String text) {
                return java.util.Arrays.stream(AspectPreset.values()).filter(p -> p.label().equals(text))
                        .findFirst().orElse(AspectPreset.FREE);
            }
        });
        Slider zoom = new Slider(0.1, 2, fit);
        zoom.valueProperty().addListener((o, old, v) -> view.setScale(v.doubleValue()));
        Button left = new Button("⟲ 90°");
        left.setOnAction(e -> model.turnLeft());
        Button right = new Button("⟳ 90°");
        right.setOnAction(e -> model.turnRight());
        output.setId("crop-output");
        saveNew.setId("crop-save-new");
        replace.setId("crop-replace");
        undoReplace.setId("crop-undo-replace");
        undoReplace.setDisable(true);
        saveNew.setOnAction(e -> save(false));
        replace.setOnAction(e -> save(true));
        undoReplace.setOnAction(e -> undoReplace());
        ScrollPane scroller = new ScrollPane(view);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        HBox fields = new HBox(6, new Label("Aspect"), preset, new Label("x"), x, new Label("y"), y, new Label("w"), w,
                new Label("h"), h, left, right);
        HBox outputRow = new HBox(6, new Label("Zoom"), zoom, new Label("Width (optional)"), width, output);
        HBox buttons = new HBox(8, saveNew, replace, undoReplace);
        VBox box = new VBox(8, scroller, fields, outputRow, buttons);
        box.setPadding(new Insets(10));
        return box;
    }

    private VBox hugoTab() {
        command.getItems().setAll("Resize", "Fit", "Fill", "Crop");
        command.setValue("Resize");
        command.setId("hugo-command");
        options.setId("hugo-options");
        hugoOutput.setId("hugo-output");
        insert.setId("hugo-insert");
        hugoPreview.setPreserveRatio(true);
        hugoPreview.setFitWidth(600);
        hugoPreview.setFitHeight(420);
        command.valueProperty().addListener((o, old, v) -> hugoChanged());
        options.textProperty().addListener((o, old, v) -> hugoChanged());
        insert.setOnAction(e -> insertCall.accept(imgprocCall()));
        VBox box = new VBox(8, new HBox(6, new Label("Command"), command, new Label("Options"), options, insert),
                hugoOutput, hugoPreview);
        box.setPadding(new Insets(10));
        hugoChanged();
        return box;
    }

    private void bind() {
        preset.valueProperty().addListener((o, old, p) -> model.presetProperty().set(p));
        model.rectProperty().addListener((o, old, r) -> showRect(r));
        model.outputProperty().addListener((o, old, s) -> showOutput());
        for (TextField f : new TextField[] {x, y, w, h}) {
            f.setOnAction(e -> rectFromFields());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    rectFromFields();
                }
            });
        }
        width.setOnAction(e -> targetWidthFromField());
        width.focusedProperty().addListener((o, was, now) -> targetWidthFromField());
        showRect(model.rectProperty().get());
        showOutput();
    }

    private void showRect(PixelRect r) {
        x.setText(Integer.toString(r.x()));
        y.setText(Integer.toString(r.y()));
        w.setText(Integer.toString(r.width()));
        h.setText(Integer.toString(r.height()));
    }

    private void showOutput() {
        Size s = model.outputProperty().get();
        output.setText("Output " + s.width() + " × " + s.height() + " px");
    }

    private void rectFromFields() {
        try {
            model.setRect(new PixelRect(Integer.parseInt(x.getText().strip()), Integer.parseInt(y.getText().strip()),
                    Math.max(1, Integer.parseInt(w.getText().strip())), Math.max(1, Integer.parseInt(h.getText()
                    .strip()))));
        } catch (NumberFormatException e) {
            showRect(model.rectProperty().get());
        }
    }

    private void targetWidthFromField() {
        String text = width.getText().strip();
        try {
            model.targetWidthProperty().set(text.isEmpty() ? 0 : Math.max(0, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            width.setText("");
            model.targetWidthProperty().set(0);
        }
    }

    private void save(boolean overwrite) {
        var request = model.request();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                ImageCropper cropper = new ImageCropper();
                if (!overwrite) {
                    return cropper.cropToNewFile(source, request).file();
                }
                Path kept = Files.createTempFile("recap-replaced-", "-" + source.getFileName());
                Files.copy(source, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                backup = kept;
                return cropper.cropTo(source, request, source, true).file();
            }
        };
        task.setOnSucceeded(e -> {
            lastWritten = task.getValue();
            undoReplace.setDisable(!overwrite);
            notifier.info((overwrite ? "Replaced " : "Saved ") + lastWritten.getFileName() + " ("
                    + model.outputProperty().get().width() + " × " + model.outputProperty().get().height() + ")"
                    + (overwrite ? "; Undo Replace restores the original." : "."));
        });
        task.setOnFailed(e -> notifier.failure("Cannot save the crop", task.getException().getMessage()));
        DaemonThreads.start("crop-save", task);
    }

    private void undoReplace() {
        if (backup == null) {
            return;
        }
        try {
            AtomicFiles.copy(backup, source);
            Files.deleteIfExists(backup);
            backup = null;
            undoReplace.setDisable(true);
            notifier.info("Restored the original " + source.getFileName() + ".");
        } catch (IOException e) {
            notifier.failure("Cannot restore the original", e.getMessage() + "; the copy is in " + backup);
        }
    }

    private Optional<ImageSpec> spec() {
        try {
            return Optional.of(ImageSpec.parse(command.getValue(), options.getText()));
        } catch (ImageSpecException | IllegalArgumentException e) {
            hugoOutput.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private void hugoChanged() {
        Optional<ImageSpec> spec = spec();
        insert.setDisable(spec.isEmpty());
        if (spec.isEmpty()) {
            return;
        }
        Size out = HugoGeometry.outputSize(spec.get(), model.image());
        hugoOutput.setText("Hugo writes " + out.width() + " × " + out.height() + " px");
        Task<Image> task = new Task<>() {
            @Override
            protected Image call() {
                return SwingFXUtils.toFXImage(new ImageProcessor().process(source, spec.get()).image(), null);
            }
        };
        task.setOnSucceeded(e -> hugoPreview.setImage(task.getValue()));
        task.setOnFailed(e -> hugoOutput.setText(task.getException() instanceof ImageException ie ? ie.getMessage()
                : "The preview failed: " + task.getException().getMessage()));
        DaemonThreads.start("hugo-preview", task);
    }

    /** The imgproc call for this image and the chosen command, as recap posts write it. */
    String imgprocCall() {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return ShortcodeWriter.call("imgproc", Delimiter.ANGLE).positional(dot > 0 ? name.substring(0, dot) : name,
                command.getValue(), options.getText().strip()).inner("\n\n").write();
    }
}
