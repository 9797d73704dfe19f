package io.recapstudio.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application. Started by {@link io.recapstudio.Launcher} through {@link #launchDesktop(String[])}. */
public final class App extends Application {

    private MainWindow window;

    /** Called by the launcher (reflectively, so the CLI never loads JavaFX). Blocks until the app exits. */
    public static void launchDesktop(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path toOpen = args.isEmpty() ? null : Path.of(args.get(0));
        window = new MainWindow(stage);
        window.show(toOpen);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
    }
}
