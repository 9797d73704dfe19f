package io.recapstudio.hostile;

import io.recapstudio.Launcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@link Launcher} with a shutdown hook that writes the process's own peak resident memory ({@code VmHWM} of
 * {@code /proc/self/status}, the kernel's figure) and CPU time to the file the system property
 * {@code recap.measure.file} names, as {@code PEAK_KB CPU_MS}. {@link ChildJvm} starts the CLI through it, so the
 * last megabytes before exit are counted too, which polling from outside can miss.
 */
public final class MeasuredLauncher {

    private MeasuredLauncher() {
    }

    public static void main(String[] args) {
        String file = System.getProperty("recap.measure.file");
        if (file != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(file)), "measure-at-exit"));
        }
        Launcher.main(args);
    }

    private static void write(Path file) {
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        try {
            Files.writeString(file, ChildJvm.residentPeakKb(ProcessHandle.current().pid()) + " " + cpu + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // no figure: ChildJvm keeps what it polled from outside
        }
    }
}
