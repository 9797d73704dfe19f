package io.recapstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.session.DiagnosticsProvider;
import io.recapstudio.ui.session.RecoveryJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scenario: the real app in its own JVM, a sentence typed, the process killed as {@code kill -9} does;
 * the next start offers the sentence back.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryAfterKillTest {

    private static final String SENTENCE = "The sentence typed just before the crash.";
    private static final List<String> HEADLESS = List.of("testfx.robot", "testfx.headless", "glass.platform",
            "monocle.platform", "prism.order", "prism.text", "java.awt.headless", "headless.geometry");

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aSentenceTypedBeforeAKillIsOfferedBackOnTheNextStart(FxRobot robot) throws Exception {
        Path data = temp.resolve("data");
        Process app = startApp(data);
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> {
                if (!app.isAlive()) {
                    throw new AssertionError("the app ended: " + Files.readString(temp.resolve("app.log")));
                }
                return journalHolds(data, SENTENCE);
            });
        } finally {
            app.destroyForcibly();
            app.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(app.isAlive()).isFalse();
        Path sample = data.resolve("sample-recap/index.md");
        assertThat(sample).exists();
        assertThat(Files.readString(sample)).doesNotContain(SENTENCE);

        WindowFixture fx = new WindowFixture(temp);
        robot.interact(() -> {
            fx.start(stage, DiagnosticsProvider.NONE);
            fx.window.openInitial(List.of());
        });
        WindowFixture.waitFor(() -> fx.window.recovery().dialog().isPresent());
        RecoveryDialog dialog = fx.window.recovery().dialog().orElseThrow();
        assertThat(dialog.list.getItems()).singleElement()
                .satisfies(item -> assertThat(item.entry().file()).isEqualTo(sample.toAbsolutePath()));
        assertThat(dialog.diff.getText()).contains("+").contains(SENTENCE);

        robot.clickOn("#recovery-restore");
        WindowFixture.waitFor(() -> fx.window.tabs().find(sample).map(t -> t.session().isDirty()).orElse(false));
        assertThat(fx.window.tabs().find(sample).orElseThrow().editor().area().getText()).endsWith(SENTENCE);
    }

    private Process startApp(Path data) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        for (String name : HEADLESS) {
            if (System.getProperty(name) != null) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        command.add("-Drecap.data.dir=" + data);
        command.add("-Drecap.config.dir=" + temp.resolve("config"));
        command.add("-Drecap.state.dir=" + temp.resolve("state"));
        command.add("-Drecap.cache.dir=" + temp.resolve("cache"));
        command.add("-Drecap.assets=" + Path.of(System.getProperty("recap.assets", "assets")).toAbsolutePath());
        command.add(TypingApp.class.getName());
        command.add(SENTENCE);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("app.log").toFile()).start();
    }

    private static boolean journalHolds(Path data, String text) throws IOException {
        Path folder = data.resolve(RecoveryJournal.FOLDER);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String id = file.getFileName().toString().replace(".json", "");
                if (new RecoveryJournal(folder).read(id).map(e -> e.text().contains(text)).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }
}
