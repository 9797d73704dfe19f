package io.recapstudio.ui;

import io.recapstudio.core.image.ImageException;
import io.recapstudio.core.image.ImageProcessor;
import io.recapstudio.core.image.ProcessedImageCache;
import io.recapstudio.core.logging.LogFiles;
import io.recapstudio.core.logging.UncaughtErrors;
import io.recapstudio.core.markdown.BundleImagesProvider;
import io.recapstudio.core.system.UserFolders;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.FileDialogs;
import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The desktop application. Started by {@link io.recapstudio.Launcher} through {@link #launchDesktop(String[])}. */
public final class App extends Application {

    private static final System.Logger LOG = System.getLogger(App.class.getName());

    private MainWindow window;
    private UncaughtErrors errors;

    /** Called by the launcher (reflectively, so the CLI never loads JavaFX). Blocks until the app exits. */
    public static void launchDesktop(String[] args) {
        Application.launch(App.class, args);
    }

    /** Before anything else: the log file and the one handler of uncaught exceptions, on every thread. */
    @Override
    public void init() {
        UserFolders folders = UserFolders.current();
        Path log = LogFiles.install(folders.state().resolve("logs")).orElse(null);
        errors = UncaughtErrors.installDefault(new UncaughtErrors(log));
        LOG.log(System.Logger.Level.INFO, "Recap Studio starting; data in " + folders.data() + ", log in " + log);
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        List<Path> requested = getParameters().getRaw().stream().map(Path::of).toList();
        Theme.apply();
        UserFolders folders = UserFolders.current();
        AppSettings settings = AppSettings.load(folders.config());
        window = new MainWindow(stage, settings, FileDialogs.system(), diagnostics(), folders.data());
        tellUserThrough(errors, window);
        window.show();
        window.openInitial(requested);
    }

    /** Uncaught exceptions are told in the window's notification bar (on the FX thread, whichever thread failed). */
    static void tellUserThrough(UncaughtErrors errors, MainWindow window) {
        errors.tellUserWith(message -> Platform.runLater(() -> window.notifier().warning(message)));
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
            LOG.log(System.Logger.Level.WARNING, "Could not tidy the preview image cache", e);
        }
        LOG.log(System.Logger.Level.INFO, "Recap Studio stopped");
        LogFiles.close();
    }
}
