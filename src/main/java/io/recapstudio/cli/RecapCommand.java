package io.recapstudio.cli;

import io.recapstudio.Version;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code recap} command: with no sub-command it opens the desktop app. Exit codes follow {@code cli.md}:
 * 0 success, 1 the input has errors, 2 usage error or I/O failure.
 */
@Command(name = "recap",
        mixinStandardHelpOptions = true,
        versionProvider = RecapCommand.VersionProvider.class,
        description = "Write, check, render and export Hugo recap posts.",
        subcommands = {OpenCommand.class, CheckCommand.class, FixCommand.class, ImageCommand.class,
            ShortcodesCommand.class, NewCommand.class, RenderCommand.class, ExportCommand.class})
public final class RecapCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int INPUT_ERRORS = 1;
    public static final int USAGE_OR_IO = 2;

    @Override
    public Integer call() {
        return DesktopLauncher.open(null);
    }

    /** Runs the command line and returns its exit code; never throws for a user mistake. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new RecapCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new OneLineErrors());
        return commandLine.execute(args);
    }

    /** Prints one clear line, never a stack trace, for failures that escape a sub-command. */
    private static final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            commandLine.getErr().println("recap " + commandLine.getCommandName() + ": " + message);
            if (Boolean.getBoolean("recap.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return USAGE_OR_IO;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Recap Studio " + Version.current()};
        }
    }
}
