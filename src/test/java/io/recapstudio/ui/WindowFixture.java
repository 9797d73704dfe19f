package io.recapstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.FileDialogs;
import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.session.DiagnosticsProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A main window on a temporary config folder, with file choosers the test answers, and post fixtures. */
final class WindowFixture {

    static final long TIMEOUT_SECONDS = 20;

    final Path root;
    final AnsweringDialogs dialogs = new AnsweringDialogs();
    MainWindow window;
    AppSettings settings;

    WindowFixture(Path root) {
        this.root = root;
    }

    void start(Stage stage, DiagnosticsProvider provider) {
        Theme.apply();
        settings = AppSettings.load(root.resolve("config"));
        window = new MainWindow(stage, settings, dialogs, provider, dataDir());
        window.show();
    }

    /** The window's data folder (recovery journal, sample copy). */
    Path dataDir() {
        return root.resolve("data");
    }

    /** Writes {@code name/index.md} (a bundle) with {@code text} as UTF-8 and returns the bundle folder. */
    Path bundle(String name, String text) throws IOException {
        return bundle(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path bundle(String name, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(root.resolve("posts").resolve(name));
        Files.write(dir.resolve("index.md"), bytes);
        return dir;
    }

    /** Opens {@code path} and waits until its tab is active with its text loaded. */
    PostTab open(FxRobot robot, Path path) throws TimeoutException {
        robot.interact(() -> window.open(path));
        Path file = Files.isDirectory(path) ? path.resolve("index.md") : path;
        waitFor(() -> window.tabs().active() != null
                && file.toAbsolutePath().normalize().equals(window.tabs().active().session().getPath()));
        return window.tabs().active();
    }

    /** Types {@code text} at the end of the active editor, as the user would. */
    void typeAtEnd(FxRobot robot, String text) {
        robot.interact(() -> area().moveTo(area().getLength()));
        robot.clickOn(area()).write(text);
    }

    CodeArea area() {
        return window.tabs().active().editor().area();
    }

    static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> condition.getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static void assertFileText(Path file, String expected) throws IOException {
        assertThat(read(file)).isEqualTo(expected);
    }

    /** File choosers that answer what the test set. */
    static final class AnsweringDialogs implements FileDialogs {
        Path bundleFolder;
        Path markdownFile;
        Path saveFolder;
        Path siteFolder;
        String postTitle;

        @Override
        public Optional<Path> chooseSiteFolder(Window owner, Path initialDir) {
            return Optional.ofNullable(siteFolder);
        }

        @Override
        public Optional<String> askPostTitle(Window owner) {
            return Optional.ofNullable(postTitle);
        }

        @Override
        public Optional<Path> chooseBundleFolder(Window owner, Path initialDir) {
            return Optional.ofNullable(bundleFolder);
        }

        @Override
        public Optional<Path> chooseMarkdownFile(Window owner, Path initialDir) {
            return Optional.ofNullable(markdownFile);
        }

        @Override
        public Optional<Path> chooseSaveFolder(Window owner, Path initialDir, String suggestedName) {
            return Optional.ofNullable(saveFolder);
        }
    }
}
