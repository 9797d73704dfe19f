package io.recapstudio.cli.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the command-line benchmarks share: a copy of the sample recap, medians, the tools on the PATH. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** Copies the sample recap bundle (with its photos) to {@code target}, which must not exist yet. */
    static Path copySample(Path target) throws IOException {
        Path sample = Path.of(System.getProperty("recap.assets", "assets"), "sample-recap");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path source : files.toList()) {
                Path to = target.resolve(sample.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(source, to);
                }
            }
        }
        return target;
    }

    /** The middle value (the upper one of an even count). */
    static long median(List<Long> values) {
        return values.stream().sorted().skip(values.size() / 2).findFirst().orElseThrow();
    }

    /** True when an executable {@code tool} is in a folder of the PATH. */
    static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, tool)));
    }

    /** The java launcher of the JVM running the benchmark. */
    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
