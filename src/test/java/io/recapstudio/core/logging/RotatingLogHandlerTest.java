package io.recapstudio.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingLogHandlerTest {

    @TempDir
    Path temp;

    @Test
    void recordsGoToTheFileWithTheirStackTrace() throws Exception {
        Path file = temp.resolve("logs/recap-studio.log");
        RotatingLogHandler handler = new RotatingLogHandler(file, 1024 * 1024, 3);
        Logger logger = isolatedLogger(handler);
        logger.log(Level.WARNING, "The journal is full", new IllegalStateException("disk full"));
        handler.close();

        String log = Files.readString(file);
        assertThat(log).contains("WARNING " + logger.getName()).contains("The journal is full")
                .contains("java.lang.IllegalStateException: disk full")
                .contains("at io.recapstudio.core.logging.RotatingLogHandlerTest");
    }

    @Test
    void aFullFileIsRotatedAndOnlyAFewAreKept() throws Exception {
        Path file = temp.resolve("recap-studio.log");
        RotatingLogHandler handler = new RotatingLogHandler(file, 2_000, 2);
        Logger logger = isolatedLogger(handler);
        for (int i = 0; i < 200; i++) {
            logger.info("line " + i + " " + "x".repeat(40));
        }
        handler.close();

        assertThat(Files.size(file)).isLessThanOrEqualTo(2_000);
        assertThat(temp.resolve("recap-studio.1.log")).exists();
        assertThat(temp.resolve("recap-studio.2.log")).exists();
        assertThat(temp.resolve("recap-studio.3.log")).doesNotExist();
        assertThat(Files.readString(file)).contains("line 199");
        assertThat(Files.readString(temp.resolve("recap-studio.1.log"))).doesNotContain("line 199");
    }

    @Test
    void aLogLeftByAnEarlierRunIsAppendedTo() throws Exception {
        Path file = Files.writeString(temp.resolve("recap-studio.log"), "earlier run\n");
        RotatingLogHandler handler = new RotatingLogHandler(file, 1024 * 1024, 2);
        isolatedLogger(handler).info("this run");
        handler.close();

        assertThat(Files.readString(file)).startsWith("earlier run\n").contains("this run");
    }

    private static Logger isolatedLogger(RotatingLogHandler handler) {
        Logger logger = Logger.getLogger("test." + System.nanoTime());
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
        return logger;
    }
}
