package io.recapstudio.ui;

import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** The main window: editor on the left, live preview on the right. */
public final class MainWindow {

    private final Stage stage;
    private final CodeArea editor = new CodeArea();
    private final WebView preview = new WebView();

    public MainWindow(Stage stage) {
        this.stage = stage;
    }

    public void show(Path toOpen) {
        editor.setId("editor");
        editor.setParagraphGraphicFactory(LineNumberFactory.get(editor));
        preview.setId("preview");
        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(editor), preview);
        split.setOrientation(Orientation.HORIZONTAL);
        BorderPane root = new BorderPane(split);
        stage.setTitle("Recap Studio");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    public void dispose() {
        // Executors and watchers shut down here as features add them.
    }
}
