package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.Version;
import io.recapstudio.ui.session.DiagnosticsProvider;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** With no post open the window shows the welcome screen; its buttons and recent list open posts; Help ▸ About. */
@ExtendWith(ApplicationExtension.class)
class WelcomeAndAboutTest {

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, DiagnosticsProvider.NONE);
    }

    @Test
    void theWelcomeScreenShowsWhileNoPostIsOpenAndItsRecentListReopensAClosedPost(FxRobot robot) throws Exception {
        assertThat(visible(robot, "#welcome")).isTrue();
        Path post = fx.bundle("kubecon", "---\ntitle: KubeCon\n---\n\nText.\n");
        PostTab tab = fx.open(robot, post);
        waitFor(() -> !visible(robot, "#welcome"));
        assertThat(visible(robot, "#post-tabs")).isTrue();

        robot.interact(() -> fx.window.tabs().remove(tab));
        waitFor(() -> visible(robot, "#welcome"));
        Hyperlink recent = robot.lookup("#welcome-recent .hyperlink").queryAs(Hyperlink.class);
        assertThat(recent.getText()).contains(post.resolve("index.md").toString());
        robot.clickOn(recent);
        waitFor(() -> fx.window.tabs().active() != null
                && post.resolve("index.md").equals(fx.window.tabs().active().session().getPath()));
        assertThat(visible(robot, "#welcome")).isFalse();
    }

    @Test
    void newPostOnTheWelcomeScreenOpensAnUntitledPost(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-new");
        waitFor(() -> fx.window.tabs().active() != null && fx.window.tabs().active().session().getPath() == null);
        assertThat(visible(robot, "#welcome")).isFalse();
    }

    @Test
    void theSampleButtonOpensTheUsersCopyOfTheSampleRecap(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-sample");
        waitFor(() -> fx.window.tabs().active() != null && fx.window.tabs().active().session().getPath() != null);
        assertThat(fx.window.tabs().active().session().getPath()).startsWith(fx.dataDir());
    }

    @Test
    void aboutShowsTheVersionTheLicenceAndEachLibrarysVersion(FxRobot robot) throws Exception {
        robot.interact(() -> fx.window.actions().get("help.about").run());
        waitFor(() -> robot.lookup("#about-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).contains(Version.current());
        assertThat(robot.lookup("#about-licence").queryAs(Label.class).getText()).startsWith("Licence:");
        @SuppressWarnings("unchecked")
        TableView<AboutDialog.Library> table = robot.lookup("#about-libraries").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(AboutDialog.Library::name).contains("RichTextFX", "AtlantaFX",
                "flexmark-java", "Eclipse JGit");
        assertThat(table.getItems()).allSatisfy(library ->
                assertThat(library.version()).as(library.name()).matches("\\d+(\\.\\d+)+.*"));
    }

    private static boolean visible(FxRobot robot, String query) {
        AtomicReference<Boolean> shown = new AtomicReference<>(false);
        robot.interact(() -> robot.lookup(query).tryQuery().ifPresent(node -> shown.set(treeVisible(node))));
        return shown.get();
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
