package io.recapstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The front-matter form in the real window, bound both ways to the editor. */
@ExtendWith(ApplicationExtension.class)
class FrontMatterPanelTest {

    private static final String POST = """
            ---
            # a comment that stays
            title: "Harbour Days 2024"
            date: 2024-05-25 10:00:00+00:00
            tags: [community]
            ---

            Body text.
            """;

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, (post, text) -> java.util.List.of());
    }

    private void openWithForm(FxRobot robot) throws Exception {
        fx.open(robot, fx.bundle("harbour-days", POST));
        robot.interact(() -> fx.window.actions().get("view.dock.front-matter").selectedProperty().set(true));
        WindowFixture.waitFor(() -> robot.lookup("#fm-title").tryQuery().isPresent()
                && "Harbour Days 2024".equals(robot.lookup("#fm-title").queryAs(TextField.class).getText()));
    }

    @Test
    void typingATitleInTheFormChangesOnlyThatLineAndUndoRestoresIt(FxRobot robot) throws Exception {
        openWithForm(robot);

        robot.clickOn("#fm-title").push(KeyCode.CONTROL, KeyCode.A).write("Harbour Days: the recap")
                .push(KeyCode.ENTER);
        WindowFixture.waitFor(() -> fx.area().getText().contains("Harbour Days: the recap"));

        assertThat(fx.area().getText()).isEqualTo(POST.replace("\"Harbour Days 2024\"",
                "\"Harbour Days: the recap\""));
        robot.interact(() -> fx.window.actions().get("edit.undo").run());
        WindowFixture.waitFor(() -> fx.area().getText().equals(POST));
    }

    @Test
    void editingTheTextUpdatesTheFormAndBrokenFrontMatterDisablesIt(FxRobot robot) throws Exception {
        openWithForm(robot);

        robot.interact(() -> fx.area().replaceText(fx.area().getText().indexOf("Harbour"),
                fx.area().getText().indexOf("2024\"") + 4, "Typed here"));
        WindowFixture.waitFor(() -> "Typed here".equals(robot.lookup("#fm-title").queryAs(TextField.class)
                .getText()));

        robot.interact(() -> fx.area().replaceText(0, 0, "---\nbroken: [\n"));
        WindowFixture.waitFor(() -> robot.lookup("#fm-title").queryAs(Node.class).isDisabled());
        assertThat(robot.lookup("#fm-error").queryLabeled().getText()).startsWith("Line ");
        assertThat(fx.area().getText()).startsWith("---\nbroken: [\n---\n# a comment");
    }

    @Test
    void newPostInSiteMakesTheBundleFromTheArchetypeAndOpensIt(FxRobot robot) throws Exception {
        Path site = java.nio.file.Files.createDirectories(temp.resolve("site"));
        java.nio.file.Files.writeString(site.resolve("hugo.toml"), "title = 'Site'\n");
        Path existing = java.nio.file.Files.createDirectories(site.resolve("content/blog/2025-03-01-kubecon-eu"));
        java.nio.file.Files.writeString(existing.resolve("index.md"), "---\ntitle: EU\ndate: 2025-03-01\n---\n");
        java.nio.file.Files.createDirectories(site.resolve("archetypes"));
        java.nio.file.Files.writeString(site.resolve("archetypes/blog.md"), "---\ntitle: \"{{ replace .Name \"-\" "
                + "\" \" | title }}\"\ndate: {{ .Date }}\nauthor: \"\"\n---\n\nWhat happened.\n");
        fx.dialogs.siteFolder = site;
        fx.dialogs.postTitle = "Harbor Bay Day";

        robot.interact(() -> fx.window.actions().get("file.new-in-site").run());

        WindowFixture.waitFor(() -> fx.window.tabs().active() != null && fx.window.tabs().active().session()
                .getPath() != null && fx.window.tabs().active().session().getPath().toString()
                .contains("harbor-bay-day"));
        Path created = fx.window.tabs().active().session().getPath();
        assertThat(created.getParent().getParent()).isEqualTo(site.resolve("content/blog").toAbsolutePath());
        assertThat(created.getParent().getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}-harbor-bay-day");
        assertThat(fx.area().getText()).contains("What happened.").contains("author: \"\"");
    }
}
