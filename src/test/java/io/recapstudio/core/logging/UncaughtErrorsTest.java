package io.recapstudio.core.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncaughtErrorsTest {

    @TempDir
    Path temp;

    private RotatingLogHandler handler;
    private final Logger appLogger = Logger.getLogger("io.recapstudio");
    private Thread.UncaughtExceptionHandler previousDefault;

    @BeforeEach
    void logToTemp() throws Exception {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        handler = new RotatingLogHandler(temp.resolve("recap-studio.log"), 1024 * 1024, 2);
        appLogger.addHandler(handler);
    }

    @AfterEach
    void restore() {
        appLogger.removeHandler(handler);
        handler.close();
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
    }

    @Test
    void anExceptionOnABackgroundThreadIsLoggedAndToldAndTheProgramGoesOn() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        UncaughtErrors errors = UncaughtErrors.installDefault(new UncaughtErrors(temp.resolve("recap-studio.log")));
        errors.tellUserWith(told::add);

        Thread worker = new Thread(() -> {
            throw new IllegalStateException("the thumbnail cache broke");
        }, "recap-thumbnails");
        worker.start();
        worker.join();

        assertThat(Files.readString(temp.resolve("recap-studio.log")))
                .contains("Uncaught exception in thread recap-thumbnails")
                .contains("java.lang.IllegalStateException: the thumbnail cache broke")
                .contains("UncaughtErrorsTest");
        assertThat(told).singleElement().asString().contains("the thumbnail cache broke")
                .contains("Your text is safe").contains(temp.resolve("recap-studio.log").toString());
    }

    @Test
    void theSameFailureOverAndOverIsToldOnceAndLoggedInFullOnlyAFewTimes() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        UncaughtErrors errors = new UncaughtErrors(null);
        errors.tellUserWith(told::add);
        for (int i = 0; i < 50; i++) {
            errors.uncaughtException(Thread.currentThread(), sameFailure());
        }

        String log = Files.readString(temp.resolve("recap-studio.log"));
        assertThat(log.split("java.lang.NullPointerException: layout", -1)).hasSize(
                UncaughtErrors.FULL_LOGS_PER_FAILURE + 1 + 4); // full logs, then one line at 4, 8, 16 and 32
        assertThat(told).hasSize(1);
    }

    @Test
    void aTellerThatThrowsDoesNotEscapeTheHandler() throws Exception {
        UncaughtErrors errors = new UncaughtErrors(null);
        errors.tellUserWith(message -> {
            throw new IllegalStateException("no window");
        });

        assertThatCode(() -> errors.uncaughtException(Thread.currentThread(), new RuntimeException("first")))
                .doesNotThrowAnyException();
        assertThat(Files.readString(temp.resolve("recap-studio.log"))).contains("java.lang.RuntimeException: first");
    }

    private static NullPointerException sameFailure() {
        NullPointerException e = new NullPointerException("layout");
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement("javafx.scene.Parent", "layout", "P.java", 1)});
        return e;
    }
}
