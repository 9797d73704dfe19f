package io.recapstudio;

import io.recapstudio.cli.RecapCommand;

/**
 * Entry point of both faces of Recap Studio: with no arguments (or {@code open PATH}) it opens the desktop app,
 * otherwise it runs a command-line sub-command. A plain class, not a JavaFX {@code Application}, so that the jar runs
 * from the class path and the command line never starts the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(RecapCommand.run(args));
    }
}
