package io.recapstudio.ui.session.bench;

import io.recapstudio.ui.session.DiskStamp;
import io.recapstudio.ui.session.RecoveryJournal;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeping the user's work safe costs, on the journal's and the disk watch's own threads (never the FX thread):
 * one journal write (JSON, flushed to disk, moved into place) for a typical post, a 1 MB and a 10 MB post, and one
 * look at an unchanged post's file. Run with {@code mvn -B -q -Pbench test -Dtest=JournalBenchmark}; prints the
 * median and the best wall time and asserts nothing about time.
 */
class JournalBenchmark {

    @TempDir
    Path temp;

    @Test
    void measure() throws IOException {
        RecoveryJournal journal = RecoveryJournal.in(temp);
        for (int size : new int[] {8 * 1024, 1024 * 1024, 10 * 1024 * 1024}) {
            String text = text(size);
            int runs = size > 1024 * 1024 ? 7 : 25;
            report("journal write of a " + label(size) + " post", runs, () -> journal.write(
                    RecoveryJournal.entry("bench", null, "bench", text)));
        }
        Path post = Files.writeString(temp.resolve("index.md"), text(8 * 1024));
        DiskStamp known = DiskStamp.look(post, null).orElseThrow().stamp();
        report("look at an unchanged post's file (one stat)", 2_000, () -> DiskStamp.look(post, known));
    }

    private static String text(int bytes) {
        StringBuilder out = new StringBuilder("---\ntitle: \"Caf\u00e9 recap\"\n---\n\n");
        while (out.length() < bytes) {
            out.append("A line of the recap body with a word or two \u2013 and a caf\u00e9.\n");
        }
        return out.toString();
    }

    private static String label(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    interface Work {
        void run() throws IOException;
    }

    private static void report(String what, int runs, Work work) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] wall = new double[runs];
        double cpu = 0;
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu += (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        System.out.println(String.format(Locale.ROOT, "%-50s median %8.3f ms  best %8.3f ms  cpu %8.3f ms/run",
                what, wall[runs / 2], wall[0], cpu / runs));
    }
}
