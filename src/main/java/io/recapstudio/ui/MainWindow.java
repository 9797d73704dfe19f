package io.recapstudio.ui;

import io.recapstudio.core.markdown.BundleImagesProvider;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import io.recapstudio.ui.preview.PreviewController;
import io.recapstudio.ui.preview.PreviewPane;
import io.recapstudio.ui.preview.PreviewScrollSync;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** The main window: editor on the left, live preview on the right. */
public final class MainWindow {

    private final Stage stage;
    private final CodeArea editor = new CodeArea();
    private final PreviewPane preview = new PreviewPane();
    private PreviewController previewController;

    public MainWindow(Stage stage) {
        this.stage = stage;
    }

    public void show(Path toOpen) {
        editor.setId("editor");
        editor.setParagraphGraphicFactory(LineNumberFactory.get(editor));
        previewController = new PreviewController(preview, editor.textProperty(),
                () -> toOpen == null || Files.isDirectory(toOpen) ? toOpen : toOpen.toAbsolutePath().getParent(),
                PreviewShortcodes.renderer(BundleImagesProvider.userCacheDir()),
                RenderOptions.preview());
        PreviewScrollSync.bind(editor, preview);
        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(editor), preview);
        split.setOrientation(Orientation.HORIZONTAL);
        BorderPane root = new BorderPane(split);
        stage.setTitle("Recap Studio");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    public void dispose() {
        // Executors and watchers shut down here as features add them.
        if (previewController != null) {
            previewController.dispose();
        }
    }
}
