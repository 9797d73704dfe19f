package io.recapstudio.cli;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

/**
 * Starts the desktop app without the CLI package importing JavaFX: the app class is looked up by name, so the
 * command line runs on machines where the toolkit cannot start.
 */
final class DesktopLauncher {

    private static final String APP_MAIN = "io.recapstudio.ui.App";

    private DesktopLauncher() {
    }

    static int open(Path path) {
        try {
            Class<?> app = Class.forName(APP_MAIN);
            String[] args = path == null ? new String[0] : new String[] {path.toAbsolutePath().toString()};
            app.getMethod("launchDesktop", String[].class).invoke(null, (Object) args);
            return RecapCommand.OK;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println("recap: the desktop app could not start: " + cause.getMessage()
                    + " (is a display available? the check, render and export commands work without one)");
            return RecapCommand.USAGE_OR_IO;
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("recap: the desktop app is not available in this build: " + e);
            return RecapCommand.USAGE_OR_IO;
        }
    }
}
