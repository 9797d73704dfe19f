package io.recapstudio.ui.recap;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.MainWindow;
import io.recapstudio.ui.WindowFixtureAccess;
import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.session.EditorSession;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Insert ▸ Recap Outline… and Insert ▸ Talk List… in the real window: what they insert, at the caret. */
@ExtendWith(ApplicationExtension.class)
class RecapInsertsTest {

    private static final String POST = "---\ntitle: \"Harbor Bay Day\"\ndate: 2026-10-14\n---\n\nIntro.\n";

    @TempDir
    Path temp;

    private WindowFixtureAccess.Window fx;

    @Start
    void start(Stage stage) {
        Theme.apply();
        fx = WindowFixtureAccess.start(temp, stage);
    }

    private EditorSession openPost(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("recap", POST);
        EditorSession session = fx.open(robot, bundle.resolve("index.md"));
        robot.interact(() -> fx.area().moveTo(fx.area().getLength()));
        return session;
    }

    @Test
    void theInsertMenuHasBothCommandsEnabledWithAPost(FxRobot robot) throws Exception {
        MainWindow window = fx.window();
        assertThat(window.services().actions().get("insert.recap-outline").isEnabled()).isFalse();
        openPost(robot);
        assertThat(window.services().actions().get("insert.recap-outline").isEnabled()).isTrue();
        assertThat(window.services().actions().get("insert.talk-list").text()).isEqualTo("Talk List…");
    }

    @Test
    void theOutlineGivesASectionPerDayFromThePostsDateAtTheCaret(FxRobot robot) throws Exception {
        EditorSession session = openPost(robot);
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            dialog[0] = RecapInserts.outline(fx.window().services(), session);
            dialog[0].show();
        });
        Button insert = (Button) dialog[0].getScene().lookup("#outline-insert");
        WindowFixtureAccess.waitFor(() -> !insert.isDisabled());
        robot.interact(() -> ((javafx.scene.control.DatePicker) dialog[0].getScene().lookup("#outline-last-day"))
                .setValue(java.time.LocalDate.of(2026, 10, 15)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cutOff(dialog[0].getScene().getRoot())).isEmpty();

        robot.interact(insert::fire);

        assertThat(session.currentText()).startsWith(POST).contains("\n## Day 1: Wednesday, October 14\n")
                .contains("\n## Day 2: Thursday, October 15\n").contains("\n## Talks you might have missed\n")
                .contains("\n## Thank you\n").contains("\n## Gallery\n");
        assertThat(dialog[0].isShowing()).isFalse();
    }

    @Test
    void aPastedTalkListBecomesLinksOrEmbedsAsChosen(FxRobot robot) throws Exception {
        EditorSession session = openPost(robot);
        String pasted = "Ferry Ops - Ana Kelp, Quayside https://youtu.be/abcdefghijk\n"
                + "Tide Tables by Bob Stone https://example.org/tides\n";
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            dialog[0] = RecapInserts.talkList(fx.window().services(), session, pasted);
            dialog[0].show();
        });
        TextArea output = (TextArea) dialog[0].getScene().lookup("#talks-output");
        assertThat(output.getText()).isEqualTo("- [Ferry Ops - Ana Kelp, Quayside](https://youtu.be/abcdefghijk)\n"
                + "- [Tide Tables - Bob Stone](https://example.org/tides)\n");
        assertThat(((Labeled) dialog[0].getScene().lookup("#talks-count")).getText()).startsWith("2 talk(s).");

        robot.interact(() -> ((RadioButton) dialog[0].getScene().lookup("#talks-embeds")).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(output.getText()).startsWith("**Ferry Ops - Ana Kelp, Quayside**\n\n{{< youtube abcdefghijk >}}\n");
        assertThat(cutOff(dialog[0].getScene().getRoot())).isEmpty();

        robot.interact(() -> ((Button) dialog[0].getScene().lookup("#talks-insert")).fire());

        assertThat(session.currentText()).isEqualTo(POST + output.getText());
    }

    /** Not a check: with {@code -Drecap.screenshots=DIR}, writes the two dialogs as PNG for the README. */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "recap.screenshots", matches = ".+")
    void screenshotsOfBothDialogs(FxRobot robot) throws Exception {
        EditorSession session = openPost(robot);
        Path dir = Path.of(System.getProperty("recap.screenshots"));
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            dialog[0] = RecapInserts.talkList(fx.window().services(), session, "Ferry Ops - Ana Kelp, Quayside"
                    + " https://youtu.be/abcdefghijk\n* Tide Tables by Bob Stone (Harbor Labs) https://vimeo.com/123456789"
                    + "\n[Buoys at Scale - Mira Osei, Reef](https://example.org/talks/buoys)\n"
                    + "https://harborday2026.sched.com/event/1i7kI/keynote-ten-years-of-tides\n");
            dialog[0].show();
            ((RadioButton) dialog[0].getScene().lookup("#talks-embeds")).setSelected(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, dialog[0], dir.resolve("talk-list.png"));
        robot.interact(dialog[0]::close);
        robot.interact(() -> {
            dialog[0] = RecapInserts.outline(fx.window().services(), session);
            dialog[0].show();
        });
        Button insert = (Button) dialog[0].getScene().lookup("#outline-insert");
        WindowFixtureAccess.waitFor(() -> !insert.isDisabled());
        robot.interact(() -> ((javafx.scene.control.DatePicker) dialog[0].getScene().lookup("#outline-last-day"))
                .setValue(java.time.LocalDate.of(2026, 10, 16)));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, dialog[0], dir.resolve("recap-outline.png"));
        robot.interact(dialog[0]::close);
    }

    static void snapshot(FxRobot robot, Stage stage, Path file) throws Exception {
        java.awt.image.BufferedImage[] image = new java.awt.image.BufferedImage[1];
        robot.interact(() -> image[0] = javafx.embed.swing.SwingFXUtils.fromFXImage(stage.getScene().snapshot(null),
                null));
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(image[0], "png", file.toFile());
    }

    /** The labels whose shown text is not their whole text (cut off with an ellipsis). */
    private static List<String> cutOff(Parent root) {
        return root.lookupAll("*").stream().filter(n -> n instanceof Labeled).map(n -> (Labeled) n)
                .filter(l -> l.getText() != null && !l.getText().isEmpty())
                .filter(l -> {
                    Node text = l.lookup(".text");
                    return text instanceof Text t && !t.getText().equals(l.getText());
                }).map(Labeled::getText).toList();
    }
}
