package io.recapstudio.ui;

import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.FileDialogs;
import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Opens the main window on a real display (run under {@code xvfb-run}), lets the caller act on it, and writes a
 * snapshot of the window as PNG. Not a test: a tool for looking at the app as a user does.
 * Usage: {@code ScreenshotTool OUT.png [POST] [dark:][find|goto|diag|prefs|dock:ID,ID[+edit]]} ({@code dark:} first
 * switches to the dark theme; {@code prefs} shoots the Preferences dialog instead of the window).
 */
public final class ScreenshotTool {

    private ScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        List<Path> posts = args.length > 1 && !args[1].isBlank() && !args[1].equals("-") ? List.of(Path.of(args[1])) : List.of();
        String given = args.length > 2 ? args[2] : "";
        boolean dark = given.startsWith("dark:");
        String mode = dark ? given.substring(5) : given;
        Path config = Files.createTempDirectory("recap-shot");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainWindow[] window = new MainWindow[1];
        DiagnosticsProvider demo = mode.equals("diag") ? DemoDiagnostics::find : new CoreChecks();
        Platform.runLater(() -> {
            Theme.apply();
            Stage stage = new Stage();
            window[0] = new MainWindow(stage, AppSettings.load(config), FileDialogs.system(), demo);
            window[0].show();
            if (dark) {
                window[0].theme().choiceProperty().set(Theme.Choice.DARK);
            }
            stage.setWidth(1500);
            stage.setHeight(900);
            window[0].openInitial(posts);
        });
        for (int i = 0; i < 300 && !ready(window[0]); i++) {
            Thread.sleep(100);
        }
        runOnFx(() -> act(window[0], mode));
        for (int i = 0; i < 600 && !previewShown(window[0]); i++) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);
        runOnFx(() -> {
            try {
                var scene = mode.equals("prefs") ? window[0].preferences().dialog().pane().getScene()
                        : window[0].tabs().node().getScene();
                var image = scene.snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Platform.exit();
        System.exit(0);
    }

    private static boolean ready(MainWindow window) throws InterruptedException {
        boolean[] ready = new boolean[1];
        runOnFx(() -> {
            PostTab tab = window == null ? null : window.tabs().active();
            ready[0] = tab != null && tab.session().statsProperty().get().words() > 0;
        });
        return ready[0];
    }

    /** True once the active tab's preview page holds rendered images (the first render processes them all). */
    private static boolean previewShown(MainWindow window) throws InterruptedException {
        boolean[] shown = new boolean[1];
        runOnFx(() -> {
            PostTab tab = window.tabs().active();
            if (tab != null && tab.previewNode().lookup(".web-view") instanceof javafx.scene.web.WebView web) {
                Object count = web.getEngine().executeScript("document.images ? document.images.length : 0");
                shown[0] = count instanceof Number n && n.intValue() > 0;
            }
        });
        return shown[0];
    }

    private static void act(MainWindow window, String mode) {
        PostTab tab = window.tabs().active();
        System.out.println("tabs=" + window.tabs().all().size() + " active=" + tab);
        if (tab == null) {
            return;
        }
        System.out.println("version=" + tab.session().currentVersion() + " snapshot=" + tab.session().getText()
                + " diags=" + tab.session().getDiagnostics().size() + " stats=" + tab.session().statsProperty().get());
        if (mode.startsWith("dock:")) {
            // dock:front-matter,media or dock:shortcodes+edit (the palette's form for the call on line 21)
            String[] parts = mode.substring(5).split("\\+");
            for (String id : parts[0].split(",")) {
                window.actions().get("view.dock." + id).selectedProperty().set(true);
            }
            tab.editor().area().moveTo(19, 12);
            if (parts.length > 1 && parts[1].equals("edit")) {
                window.actions().get("insert.edit-shortcode").run();
            }
            return;
        }
        switch (mode) {
            case "prefs" -> window.actions().get("edit.preferences").run();
            case "find" -> tab.editor().showFind(true);
            case "goto" -> tab.editor().showGoToLine();
            default -> tab.editor().area().moveTo(14, 5);
        }
    }

    private static void runOnFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(20, TimeUnit.SECONDS);
    }

    /** Underlines for the screenshot: each word "flaky" as a warning, each "HACK" as an error. */
    static final class DemoDiagnostics {
        static List<io.recapstudio.core.text.Diagnostic> find(Path post, String text) {
            var lines = io.recapstudio.core.text.LineIndex.of(text);
            var out = new java.util.ArrayList<io.recapstudio.core.text.Diagnostic>();
            for (String word : List.of("flaky", "HACK")) {
                for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                    out.add(io.recapstudio.core.text.Diagnostic.at(lines,
                            io.recapstudio.core.text.TextRange.of(i, i + word.length()),
                            word.equals("HACK") ? io.recapstudio.core.text.Severity.ERROR
                                    : io.recapstudio.core.text.Severity.WARNING, "mojibake",
                            "Demo finding on '" + word + "'"));
                }
            }
            return out;
        }
    }
}
