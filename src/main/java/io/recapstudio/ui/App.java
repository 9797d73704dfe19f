package io.recapstudio.ui;

import io.recapstudio.core.image.ImageException;
import io.recapstudio.core.image.ImageProcessor;
import io.recapstudio.core.image.ProcessedImageCache;
import io.recapstudio.core.markdown.BundleImagesProvider;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.FileDialogs;
import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.session.DiagnosticsProvider;
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
        List<Path> requested = getParameters().getRaw().stream().map(Path::of).toList();
        Theme.apply();
        AppSettings settings = AppSettings.load(AppSettings.defaultDir());
        window = new MainWindow(stage, settings, FileDialogs.system(getHostServices()), diagnostics());
        window.show();
        window.openInitial(requested);
    }

    /** The checks underlined in the editor: every core check that works on a post's text. */
    static DiagnosticsProvider diagnostics() {
        return new CoreChecks();
    }

    /** The preview's processed images are a cache: at most this much stays on disk between runs. */
    private static final long PREVIEW_IMAGE_CACHE_BYTES = 512L * 1024 * 1024;

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        try {
            new ProcessedImageCache(BundleImagesProvider.userCacheDir(), new ImageProcessor())
                    .prune(PREVIEW_IMAGE_CACHE_BYTES);
        } catch (ImageException e) {
            System.err.println("Recap Studio: could not tidy the preview image cache: " + e.getMessage());
        }
    }
}
