package io.recapstudio.core.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The {@code hugo} on PATH, for tests that build a site with the real thing (skipped when there is none). */
public final class HugoBinary {

    private HugoBinary() {
    }

    public static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "hugo");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Output and exit code of a Hugo build of {@code site} into {@code destination}. */
    public record Build(int exitCode, String output) {
    }

    public static Build build(Path hugo, Path site, Path destination) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(hugo.toString(), "--source", site.toString(),
                "--destination", destination.toString(), "--quiet"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Build(-1, "hugo timed out");
        }
        return new Build(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }
}
