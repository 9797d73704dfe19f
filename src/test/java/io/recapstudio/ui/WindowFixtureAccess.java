package io.recapstudio.ui;

import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** The waiting helper of the window tests, for tests in other packages. */
public final class WindowFixtureAccess {

    private WindowFixtureAccess() {
    }

    public static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WindowFixture.waitFor(condition);
    }

    /** A main window on a temporary folder with no diagnostics, for feature tests in other packages. */
    public static final class Window {
        private final WindowFixture fixture;

        private Window(WindowFixture fixture) {
            this.fixture = fixture;
        }

        public MainWindow window() {
            return fixture.window;
        }

        /** Writes {@code name/index.md} with {@code text} and returns the bundle folder. */
        public java.nio.file.Path bundle(String name, String text) throws java.io.IOException {
            return fixture.bundle(name, text);
        }

        /** Opens the post and waits until its tab is active; returns its session. */
        public io.recapstudio.ui.session.EditorSession open(org.testfx.api.FxRobot robot, java.nio.file.Path path)
                throws TimeoutException {
            return fixture.open(robot, path).session();
        }

        /** The preview pane of the active tab. */
        public javafx.scene.Node previewNode() {
            return fixture.window.tabs().active().previewNode();
        }

        public org.fxmisc.richtext.CodeArea area() {
            return fixture.area();
        }
    }

    /** A main window with the editor's real checks (as the app has them), for benchmarks. */
    public static Window startWithChecks(java.nio.file.Path root, javafx.stage.Stage stage) {
        WindowFixture fixture = new WindowFixture(root);
        fixture.start(stage, new CoreChecks());
        return new Window(fixture);
    }

    public static Window start(java.nio.file.Path root, javafx.stage.Stage stage) {
        WindowFixture fixture = new WindowFixture(root);
        fixture.start(stage, (post, text) -> java.util.List.of());
        return new Window(fixture);
    }
}
