package io.recapstudio.core.export;

import io.recapstudio.core.post.PageBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An export in a child JVM that stops at one step, for the tests that kill an export or race one against another
 * process: {@code ExportChild SOURCE TARGET STEP READY GO [replace]} exports SOURCE to TARGET, and before STEP creates
 * the file READY, then waits until the file GO exists (forever, when it never does: the test kills it).
 */
public final class ExportChild {

    private ExportChild() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        String holdAt = args[2];
        Path ready = Path.of(args[3]);
        Path go = Path.of(args[4]);
        boolean replace = args.length > 5 && args[5].equals("replace");
        BundleExporter exporter = new BundleExporter(step -> {
            if (step.equals(holdAt)) {
                Files.writeString(ready, step);
                while (!Files.exists(go)) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted");
                    }
                }
            }
        });
        ExportPlan plan = ExportPlanner.standard().plan(PageBundle.open(source), ExportTarget.folder(target),
                ExportOptions.defaults().withReplaceExisting(replace).withForce(true));
        try {
            exporter.export(plan, BundleExporter.Progress.NONE, () -> false);
            System.out.println("exported");
        } catch (ExportException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Starts the child JVM on this test run's class path. */
    static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"), ExportChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits (polling, bounded) until {@code file} exists or the child died. */
    static void awaitFile(Path file, Process child, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!Files.exists(file)) {
            if (!child.isAlive()) {
                throw new IllegalStateException("the child exited early: "
                        + new String(child.getInputStream().readAllBytes()));
            }
            if (System.nanoTime() > end) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("the child did not reach its step within " + limit);
            }
            child.waitFor(10, TimeUnit.MILLISECONDS);
        }
    }
}
