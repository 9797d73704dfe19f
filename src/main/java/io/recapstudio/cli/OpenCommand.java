package io.recapstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recap open PATH}: opens a bundle folder or a .md file in the desktop app. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open a bundle folder or a .md file in the desktop app.")
final class OpenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A page bundle folder (holding index.md) or a .md file.")
    Path path;

    @Override
    public Integer call() {
        if (!Files.exists(path)) {
            spec.commandLine().getErr().println("recap open: " + path + " does not exist; give a bundle folder or a .md file");
            return RecapCommand.USAGE_OR_IO;
        }
        return DesktopLauncher.open(path);
    }
}
