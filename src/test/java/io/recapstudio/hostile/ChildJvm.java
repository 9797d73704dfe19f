package io.recapstudio.hostile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code recap ARGS} in a fresh JVM with {@code -Xmx512m} (the memory the hostile probes had), on this
 * JVM's class path, and reports its exit code, output, wall time, CPU time and peak resident memory (Linux
 * {@code VmHWM}: polled from outside while it runs and written by the child itself at exit, the larger one). The
 * child's home and per-user folders are inside the work folder, so it never reads or writes the user's own.
 */
public final class ChildJvm {

    /** The heap the hostile probes had. */
    public static final String HEAP = "-Xmx512m";

    /** What one run did; {@code cpuMillis} is -1 when the child could not say (killed, or not Linux). */
    public record Run(int exitCode, String out, String err, long millis, long peakKb, long cpuMillis) {
        /** True when stderr shows a crash rather than a message. */
        public boolean crashed() {
            return err.contains("OutOfMemoryError") || err.contains("StackOverflowError") || err.contains("Exception")
                    || err.contains("\tat ");
        }
    }

    private ChildJvm() {
    }

    /** Runs {@code recap args} with a 512 MB heap, killing it after {@code timeoutSeconds}. */
    public static Run recap(Path workDir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Path home = workDir.resolve("child-home");
        Path measure = Files.createTempFile(workDir, "measure", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HEAP, "-Djava.awt.headless=true", "-Duser.home=" + home,
                "-Drecap.config.dir=" + home.resolve("config"), "-Drecap.data.dir=" + home.resolve("data"),
                "-Drecap.state.dir=" + home.resolve("state"), "-Drecap.cache.dir=" + home.resolve("cache"),
                "-Drecap.measure.file=" + measure, "-cp", System.getProperty("java.class.path"),
                MeasuredLauncher.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        long peak = 0;
        boolean done = false;
        long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!done && System.nanoTime() < deadline) {
            peak = Math.max(peak, residentPeakKb(process.pid()));
            done = process.waitFor(20, TimeUnit.MILLISECONDS);
        }
        if (!done) {
            process.destroyForcibly().waitFor();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long cpu = -1;
        String[] atExit = Files.readString(measure, StandardCharsets.UTF_8).trim().split(" ");
        if (atExit.length == 2) {
            peak = Math.max(peak, Long.parseLong(atExit[0]));
            cpu = Long.parseLong(atExit[1]);
        }
        return new Run(done ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8) + (done ? "" : "\n(killed after " + timeoutSeconds
                        + " s)"), millis, peak, cpu);
    }

    /** The peak resident memory of process {@code pid} so far, in KB; 0 when there is no figure. */
    static long residentPeakKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process just ended: no figure
        }
        return 0;
    }

    /** This JVM's own name, for messages. */
    static String self() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
