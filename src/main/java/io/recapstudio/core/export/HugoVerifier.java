package io.recapstudio.core.export;

import io.recapstudio.core.system.DaemonThreads;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a site with the {@code hugo} on the PATH into a temporary folder, to prove an exported bundle builds. The
 * user's site is only read: the output, Hugo's cache, its generated resources and its build lock all go to the
 * temporary folder, which is deleted afterwards. Errors that point into the post are mapped to its lines.
 */
public final class HugoVerifier {

    private static final Pattern LOCATION = Pattern.compile("\"?((?:[A-Za-z]:)?[^\":\\s]+\\.md):(\\d+):(\\d+)\"?");
    private static final Pattern ERROR_LINE = Pattern.compile("(?i)^(error|\\s*ERROR)\\b.*");

    private final Path hugo;
    private final Duration timeout;

    public HugoVerifier(Path hugo, Duration timeout) {
        this.hugo = hugo;
        this.timeout = timeout;
    }

    /** The {@code hugo} found on the PATH, if any. */
    public static Optional<HugoVerifier> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("hugo", "hugo.exe")) {
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new HugoVerifier(candidate, Duration.ofMinutes(5)));
                }
            }
        }
        return Optional.empty();
    }

    /** One problem Hugo reported; {@code line}/{@code column} are 0 when it named no place in the post. */
    public record Problem(String message, Optional<Path> file, int line, int column) {
    }

    /**
     * The outcome of a build.
     *
     * @param succeeded whether Hugo exited with 0
     * @param problems  its error lines, located where it named a file and line
     * @param output    everything it printed
     */
    public record Result(boolean succeeded, List<Problem> problems, String output) {
    }

    /**
     * Builds the site at {@code siteRoot}.
     *
     * @throws ExportException when Hugo cannot be started or runs past the time limit
     */
    public Result build(Path siteRoot) {
        return build(siteRoot, Map.of());
    }

    /** Builds the site at {@code siteRoot} with {@code environment} added to Hugo's. */
    Result build(Path siteRoot, Map<String, String> environment) {
        Path work;
        try {
            work = Files.createTempDirectory("recap-verify-");
        } catch (IOException e) {
            throw new ExportException("cannot create a temporary folder for the Hugo build: " + e.getMessage(), e);
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(hugo.toString(), "--source", siteRoot.toString(),
                    "--destination", work.resolve("public").toString(), "--cacheDir",
                    work.resolve("cache").toString(), "--noBuildLock")
                    .redirectErrorStream(true);
            builder.environment().put("HUGO_RESOURCEDIR", work.resolve("resources").toString());
            builder.environment().put("HUGO_ENVIRONMENT", "production");
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = readAll(process.getInputStream(), process);
            int exit = process.exitValue();
            return new Result(exit == 0, problems(output), output);
        } catch (IOException e) {
            throw new ExportException("cannot run " + hugo + ": " + e.getMessage(), e);
        } finally {
            BundleExporter.deleteTree(work);
        }
    }

    private String readAll(InputStream in, Process process) throws IOException {
        StringBuilder text = new StringBuilder();
        Thread reader = DaemonThreads.start("hugo-output", () -> {
            try {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.append("(output could not be read: ").append(e.getMessage()).append(')');
            }
        });
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new ExportException("hugo did not finish within " + timeout.toMinutes() + " minutes; stopped");
            }
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ExportException("the Hugo build was interrupted");
        }
        synchronized (text) {
            return text.toString();
        }
    }

    /** The error lines of Hugo's output, with the first {@code FILE.md:LINE:COL} each names. */
    static List<Problem> problems(String output) {
        List<Problem> problems = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (!ERROR_LINE.matcher(line).matches()) {
                continue;
            }
            Matcher at = LOCATION.matcher(line);
            if (at.find()) {
                problems.add(new Problem(line.strip(), Optional.of(Path.of(at.group(1))),
                        Integer.parseInt(at.group(2)), Integer.parseInt(at.group(3))));
            } else {
                problems.add(new Problem(line.strip(), Optional.empty(), 0, 0));
            }
        }
        return problems;
    }
}
