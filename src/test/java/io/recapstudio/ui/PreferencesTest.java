package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.editor.EditorPrefs;
import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Edit ▸ Preferences…: every field is applied live, written to the settings file and read back at the next start. */
@ExtendWith(ApplicationExtension.class)
class PreferencesTest {

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, DiagnosticsProvider.NONE);
    }

    @Test
    void everyPreferenceSetInTheDialogIsLiveAndComesBackAfterARestart(FxRobot robot) throws Exception {
        Path site = Files.createDirectories(temp.resolve("my-site"));
        openPreferences(robot);
        robot.interact(() -> {
            field(robot, "#prefs-author", TextField.class).setText("Ada Lovelace");
            field(robot, "#prefs-site", TextField.class).setText(site.toString());
            comboBox(robot).setValue(Theme.Choice.DARK);
            spinner(robot, "#prefs-font-size").getEditor().setText("19");
            field(robot, "#prefs-wrap", CheckBox.class).setSelected(false);
            field(robot, "#prefs-image-width", TextField.class).setText("1600");
            spinner(robot, "#prefs-recovery").getEditor().setText("42");
        });
        robot.clickOn("#prefs-ok");
        waitFor(() -> robot.lookup("#preferences").tryQuery().isEmpty());

        EditorPrefs live = fx.window.editorPrefs();
        assertThat(live.fontSizeProperty().get()).isEqualTo(19);
        assertThat(live.wrapProperty().get()).isFalse();
        assertThat(fx.window.theme().darkProperty().get()).isTrue();
        assertThat(fx.window.stage().getScene().getRoot().getStyleClass()).contains(Theme.DARK_CLASS);
        assertThat(fx.window.journal().maxWait()).isEqualTo(Duration.ofSeconds(42));
        assertThat(Files.readString(fx.settings.file(), StandardCharsets.UTF_8)).contains("newPost.author=Ada Lovelace");

        robot.interact(() -> fx.window.actions().get("file.quit").run());
        WindowFixture again = new WindowFixture(temp);
        robot.interact(() -> again.start(new Stage(), DiagnosticsProvider.NONE));
        robot.interact(() -> again.window.actions().get("edit.preferences").run());
        waitFor(() -> robot.lookup("#preferences").tryQuery().isPresent());

        assertThat(field(robot, "#prefs-author", TextField.class).getText()).isEqualTo("Ada Lovelace");
        assertThat(field(robot, "#prefs-site", TextField.class).getText()).isEqualTo(site.toString());
        assertThat(comboBox(robot).getValue()).isEqualTo(Theme.Choice.DARK);
        assertThat(spinner(robot, "#prefs-font-size").getValue()).isEqualTo(19);
        assertThat(field(robot, "#prefs-wrap", CheckBox.class).isSelected()).isFalse();
        assertThat(field(robot, "#prefs-image-width", TextField.class).getText()).isEqualTo("1600");
        assertThat(spinner(robot, "#prefs-recovery").getValue()).isEqualTo(42);
        assertThat(again.window.journal().maxWait()).isEqualTo(Duration.ofSeconds(42));
        robot.interact(() -> robot.lookup("#prefs-cancel").queryButton().fire());
    }

    @Test
    void aDamagedSettingsFileGivesTheDefaultsAndSaysWhereItIs(FxRobot robot) throws Exception {
        // A broken \\u escape makes the whole file unreadable; a bad value alone falls back to its default.
        WindowFixture damaged = startWithSettings(robot, "damaged", "editor.fontSize=huge\nview.theme=purple\n"
                + "newPost.author=\\uZZ\n");
        Path config = temp.resolve("damaged/config");

        AtomicReference<String> messages = new AtomicReference<>();
        robot.interact(() -> messages.set(String.join("\n", damaged.window.notifier().messages())));
        assertThat(messages.get()).contains("could not be read").contains(config.resolve("settings.properties")
                .toString()).contains("defaults");
        assertThat(damaged.window.preferences().current().fontSize()).isEqualTo((int) EditorPrefs.DEFAULT_FONT_SIZE);
        assertThat(damaged.window.preferences().current().theme()).isEqualTo(Theme.Choice.SYSTEM);
        assertThat(damaged.window.preferences().current().authorName()).isEmpty();
    }

    @Test
    void badValuesInAReadableSettingsFileFallBackOneByOne(FxRobot robot) throws Exception {
        WindowFixture odd = startWithSettings(robot, "odd", "editor.fontSize=huge\nview.theme=purple\n"
                + "media.maxWidth=-5\nrecovery.maxWaitSeconds=soon\nnewPost.author=Grace\n");

        var current = odd.window.preferences().current();
        assertThat(current.fontSize()).isEqualTo((int) EditorPrefs.DEFAULT_FONT_SIZE);
        assertThat(current.theme()).isEqualTo(Theme.Choice.SYSTEM);
        assertThat(current.imageMaxWidth()).isZero();
        assertThat(current.recoverySeconds()).isEqualTo(5);
        assertThat(current.authorName()).isEqualTo("Grace");
    }

    /** A second window whose config folder holds a settings file with {@code text}. */
    private WindowFixture startWithSettings(FxRobot robot, String name, String text) throws Exception {
        Path config = Files.createDirectories(temp.resolve(name).resolve("config"));
        Files.writeString(config.resolve("settings.properties"), text, StandardCharsets.UTF_8);
        WindowFixture window = new WindowFixture(temp.resolve(name));
        robot.interact(() -> window.start(new Stage(), DiagnosticsProvider.NONE));
        return window;
    }

    private void openPreferences(FxRobot robot) throws Exception {
        robot.interact(() -> fx.window.actions().get("edit.preferences").run());
        waitFor(() -> robot.lookup("#preferences").tryQuery().isPresent());
    }

    private static <T extends Node> T field(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Theme.Choice> comboBox(FxRobot robot) {
        return robot.lookup("#prefs-theme").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }
}
