package io.recapstudio.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        LogFiles.close();
    }

    @Test
    void systemLoggerRecordsFromAnyPartOfTheProgramGoToTheStateFoldersLog() throws Exception {
        Path logs = temp.resolve("state/logs");
        assertThat(LogFiles.install(logs)).contains(logs.resolve("recap-studio.log").toAbsolutePath());
        assertThat(LogFiles.install(temp.resolve("elsewhere"))).isEqualTo(LogFiles.current());

        System.getLogger("io.recapstudio.core.example").log(System.Logger.Level.WARNING, "a core warning");
        System.getLogger("io.recapstudio.core.example").log(System.Logger.Level.DEBUG, "a debug detail");
        LogFiles.close();

        String log = Files.readString(logs.resolve("recap-studio.log"));
        assertThat(log).contains("WARNING io.recapstudio.core.example").contains("a core warning")
                .doesNotContain("a debug detail");
        assertThat(temp.resolve("elsewhere")).doesNotExist();
    }
}
