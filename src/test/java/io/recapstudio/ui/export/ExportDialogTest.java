package io.recapstudio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.recapstudio.core.export.GitRepos;
import io.recapstudio.core.export.HugoVerifier;
import io.recapstudio.core.export.SiteTrees;
import io.recapstudio.core.post.Post;
import io.recapstudio.ui.WindowFixtureAccess;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.Theme;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private static final String FOLDER = "2026-10-14-harbor-bay-day";

    @TempDir
    Path temp;

    private Stage owner;
    private ExportDialog opened;
    private final List<Path> openedFolders = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeDialog(FxRobot robot) {
        if (opened != null) {
            robot.interact(() -> opened.stage().close());
        }
    }

    @Start
    void start(Stage stage) {
        Theme.apply(); // the app's look (AtlantaFX), whose controls are taller than Modena's
        owner = stage;
        // A window-modal dialog disables its owner, which Monocle can do only for a window with a scene.
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    private Path site(String name) throws IOException {
        Path site = Files.createDirectories(temp.resolve(name));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Site'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        for (String bundle : new String[] {"2025-03-01-kubecon-eu", "2025-11-12-kubecon-na"}) {
            Path b = Files.createDirectories(site.resolve("content/blog").resolve(bundle));
            Files.writeString(b.resolve("index.md"), "---\ntitle: " + bundle + "\n---\n");
        }
        return site;
    }

    private Path bundle(String body) throws IOException {
        Path bundle = Files.createDirectories(temp.resolve("work/recap"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Harbor Bay Day\"\ndate: 2026-10-14\n---\n\n"
                + body);
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "jpg",
                bundle.resolve("stage.jpg").toFile());
        return bundle;
    }

    private ExportDialog open(FxRobot robot, Path bundle, String editedText, RecordingNotifier notifier,
                              AppSettings settings) throws IOException {
        Post post = Post.read(bundle.resolve("index.md"));
        ExportModel model = new ExportModel(bundle.resolve("index.md"),
                editedText == null ? post : post.withText(editedText));
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(owner, model, settings, notifier, openedFolders::add);
            dialog[0].show();
        });
        opened = dialog[0];
        return dialog[0];
    }

    private ExportDialog open(FxRobot robot, Path bundle) throws IOException {
        return open(robot, bundle, null, new RecordingNotifier(), AppSettings.load(temp.resolve("config")));
    }

    /** The dialog on a plain post with {@code site} proposed, once its plan is ready. */
    private ExportDialog readyIn(FxRobot robot, Path site) throws Exception {
        ExportDialog dialog = open(robot, bundle("Text.\n"));
        robot.interact(() -> dialog.useSite(site));
        WindowFixtureAccess.waitFor(() -> !dialog.view.exportButton.isDisabled());
        return dialog;
    }

    private static String targetOf(Path site) {
        return "Export to " + site.resolve("content/blog").resolve(FOLDER).toAbsolutePath() + File.separator;
    }

    /** Whether {@code folder} holds nothing of this post (by any folder pattern), hidden leftovers included. */
    private static boolean empty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.noneMatch(p -> p.getFileName().toString().contains("harbor-bay"));
        }
    }

    @Test
    void exportsWhereTheDialogSaysAndKeepsTheOutcomeUntilDismissed(FxRobot robot) throws Exception {
        Path site = site("site");
        Path bundle = bundle("{{< imgproc stage Resize \"30x\" >}}\nOn stage.\n{{< /imgproc >}}\n");
        RecordingNotifier notifier = new RecordingNotifier();
        AppSettings settings = AppSettings.load(temp.resolve("config"));
        ExportDialog dialog = open(robot, bundle, null, notifier, settings);
        ExportDialogView view = dialog.view;

        robot.interact(() -> dialog.useSite(site));
        WindowFixtureAccess.waitFor(() -> !view.exportButton.isDisabled());

        assertThat(view.sectionField.getValue()).isEqualTo("blog");
        assertThat(view.folderField.getText()).isEqualTo(FOLDER);
        assertThat(view.targetLine.getText()).isEqualTo(targetOf(site));
        assertThat(view.planText.getText()).contains("+ index.md").contains("+ stage.jpg");
        assertThat(view.checksSummary.getText()).isEqualTo("Checks: no problems");

        robot.clickOn("#export-run");
        WindowFixtureAccess.waitFor(view::outcomeShown);
        Path exported = site.resolve("content/blog").resolve(FOLDER);

        assertThat(Files.readAllBytes(exported.resolve("index.md")))
                .isEqualTo(Files.readAllBytes(bundle.resolve("index.md")));
        assertThat(view.outcomeText.getText()).startsWith("Exported 2 file(s)")
                .contains(exported.toAbsolutePath() + File.separator).contains("(a new bundle)");
        assertThat(notifier.messages).anyMatch(m -> m.startsWith("info: Exported 2 file(s)"));
        assertThat(ExportModel.recentSites(settings.get(ExportModel.RECENT_SITES_KEY, "")))
                .containsExactly(site.toAbsolutePath().normalize());
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(view.outcomeShown()).as("the outcome stays").isTrue();
        assertThat(view.status.getText()).doesNotContain("already exists").contains("Exported");
        assertThat(view.exportButton.isDisabled()).isTrue();

        robot.clickOn("#export-open-folder");
        assertThat(openedFolders).containsExactly(exported.toAbsolutePath());

        robot.clickOn("#export-dismiss");
        WindowFixtureAccess.waitFor(() -> view.planText.getText().contains("(exists: will be replaced)"));
        assertThat(view.outcomeShown()).isFalse();
        assertThat(view.status.getText()).contains("already exists");
    }

    @Test
    void errorsBlockTheExportUntilForcedAndTheEditedTextIsWhatGetsWritten(FxRobot robot) throws Exception {
        Path site = site("site");
        Path bundle = bundle("Intro.\n");
        String edited = "---\ntitle: \"Harbor Bay Day\"\ndate: 2026-10-14\n---\n\n"
                + "{{< imgproc missing Resize \"30x\" >}}\nx\n{{< /imgproc >}}\n";
        ExportDialog dialog = open(robot, bundle, edited, new RecordingNotifier(),
                AppSettings.load(temp.resolve("config")));
        ExportDialogView view = dialog.view;

        robot.interact(() -> dialog.useSite(site));
        WindowFixtureAccess.waitFor(() -> view.checks.getItems().stream().anyMatch(l -> l.contains("imgproc-no-match")));
        assertThat(view.exportButton.isDisabled()).isTrue();
        assertThat(view.status.getText()).contains("errors");

        robot.interact(() -> view.force.setSelected(true));
        WindowFixtureAccess.waitFor(() -> !view.exportButton.isDisabled());
        robot.interact(() -> view.exportButton.fire());
        WindowFixtureAccess.waitFor(view::outcomeShown);

        assertThat(Files.readString(site.resolve("content/blog").resolve(FOLDER).resolve("index.md")))
                .isEqualTo(edited);
    }

    @Test
    void aSiteTypedAndEnteredIsWhereTheExportGoesAndOnlyOnceTheDialogShowsIt(FxRobot robot) throws Exception {
        Path proposed = site("proposed");
        Path typed = site("typed");
        ExportDialogView view = readyIn(robot, proposed).view;
        assertThat(view.targetLine.getText()).isEqualTo(targetOf(proposed));

        robot.clickOn("#export-site");
        robot.interact(() -> view.siteField.getEditor().selectAll());
        robot.write(typed.toString());
        assertThat(view.siteField.getEditor().getText()).isEqualTo(typed.toString());
        assertThat(view.exportButton.isDisabled()).as("typing a site stops the export of the old plan").isTrue();
        robot.type(KeyCode.ENTER);

        WindowFixtureAccess.waitFor(() -> targetOf(typed).equals(view.targetLine.getText())
                && !view.exportButton.isDisabled());
        assertThat(empty(proposed.resolve("content/blog"))).as("Enter exported nothing").isTrue();
        assertThat(empty(typed.resolve("content/blog"))).isTrue();
        assertThat(view.outcomeShown()).isFalse();

        robot.clickOn("#export-run");
        WindowFixtureAccess.waitFor(view::outcomeShown);
        assertThat(typed.resolve("content/blog").resolve(FOLDER).resolve("index.md")).exists();
        assertThat(empty(proposed.resolve("content/blog"))).isTrue();
    }

    @Test
    void aSiteTypedButNotTakenMakesExportPlanForItInsteadOfWritingToTheOldOne(FxRobot robot) throws Exception {
        Path proposed = site("proposed");
        Path typed = site("typed");
        ExportDialogView view = readyIn(robot, proposed).view;

        robot.interact(() -> {
            view.siteField.getEditor().setText(typed.toString());
            view.exportButton.setDisable(false); // as if the button were pressed before the field reacted
            view.exportButton.fire();
        });

        WindowFixtureAccess.waitFor(() -> targetOf(typed).equals(view.targetLine.getText())
                && !view.exportButton.isDisabled());
        assertThat(view.outcomeShown()).isFalse();
        assertThat(empty(proposed.resolve("content/blog"))).isTrue();
        assertThat(empty(typed.resolve("content/blog"))).isTrue();
    }

    @Test
    void aBundleHugoCannotBuildIsNotWrittenAndHugosLinesPointIntoThePost(FxRobot robot) throws Exception {
        assumeTrue(HugoVerifier.onPath().isPresent(), "hugo is not on the PATH");
        Path site = SiteTrees.minimalSite(temp.resolve("site"));
        SiteTrees.failingShortcode(site);
        ExportDialog dialog = open(robot, bundle("Intro.\n\n{{< boom \"here\" >}}\n"));
        ExportDialogView view = dialog.view;
        robot.interact(() -> dialog.useSite(site));
        WindowFixtureAccess.waitFor(() -> !view.exportButton.isDisabled());
        robot.interact(() -> view.verify.setSelected(true));
        WindowFixtureAccess.waitFor(() -> !view.exportButton.isDisabled());

        robot.clickOn("#export-run");
        WindowFixtureAccess.waitFor(view::outcomeShown);

        assertThat(view.outcomeText.getText()).startsWith("Nothing was written: the site is as it was.")
                .contains("Hugo could not build the site").contains("shortcode \"boom\"")
                .containsPattern("index\\.md:8:\\d+");
        assertThat(view.openFolder.isDisabled()).isTrue();
        assertThat(empty(site.resolve("content/blog"))).isTrue();
        assertThat(site.resolve("public")).doesNotExist();
    }

    @Test
    void everyLabelShowsWholeInAWindowThatFits1280By800(FxRobot robot) throws Exception {
        Path site = site("a-site-folder-with-a-rather-long-name-as-people-have-them");
        ExportDialog dialog = open(robot, bundle("{{< imgproc missing Resize \"30x\" >}}\nx\n{{< /imgproc >}}\n"));
        ExportDialogView view = dialog.view;
        robot.interact(() -> dialog.useSite(site));
        WindowFixtureAccess.waitFor(() -> !view.checks.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cutOffProbe(robot)).as("the check sees a cut-off label").isNotEmpty();
        assertThat(dialog.stage().getWidth()).isLessThanOrEqualTo(1280);
        assertThat(dialog.stage().getHeight()).isLessThanOrEqualTo(800);
        assertThat(cutOff(dialog.stage().getScene().getRoot())).isEmpty();

        robot.interact(() -> view.force.setSelected(true));
        WindowFixtureAccess.waitFor(() -> !view.exportButton.isDisabled());
        robot.interact(() -> view.exportButton.fire());
        WindowFixtureAccess.waitFor(view::outcomeShown);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cutOff(dialog.stage().getScene().getRoot())).isEmpty();
    }

    @Test
    void commitOnANewBranchPutsExactlyTheBundleInACommitAndLeavesTheWorkingTreeAsItWas(FxRobot robot)
            throws Exception {
        Path site = site("site");
        GitRepos.initAndCommitAll(site);
        Files.writeString(site.resolve("notes.txt"), "work in progress\n");
        Files.writeString(site.resolve("hugo.toml"), "# an edit not committed\n",
                java.nio.file.StandardOpenOption.APPEND);
        Map<String, String> before = GitRepos.userState(site);
        RecordingNotifier notifier = new RecordingNotifier();
        ExportDialog dialog = open(robot, bundle("Text.\n"), null, notifier, AppSettings.load(temp.resolve("config")));
        ExportDialogView view = dialog.view;
        robot.interact(() -> dialog.useSite(site));
        WindowFixtureAccess.waitFor(() -> !view.exportButton.isDisabled());

        robot.clickOn("#export-commit");
        WindowFixtureAccess.waitFor(() -> view.targetLine.getText().startsWith("Commit ")
                && !view.exportButton.isDisabled());
        String branch = "recap/" + FOLDER;
        assertThat(view.targetLine.getText()).isEqualTo("Commit content/blog/" + FOLDER + "/ on the new branch "
                + branch + " of " + site.toRealPath());
        assertThat(view.planText.getText()).contains("+ index.md").contains("+ stage.jpg")
                .contains("message: Add the post \"Harbor Bay Day\"");
        assertThat(view.exportButton.getText()).isEqualTo("Commit");
        assertThat(cutOff(dialog.stage().getScene().getRoot())).isEmpty();

        robot.clickOn("#export-run");
        WindowFixtureAccess.waitFor(view::outcomeShown);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.outcomeText.getText()).startsWith("Committed 2 file(s) as content/blog/" + FOLDER
                + "/ on the new branch " + branch).contains("push -u origin " + branch);
        assertThat(cutOff(dialog.stage().getScene().getRoot())).isEmpty();
        assertThat(GitRepos.userState(site)).as("working tree, index, HEAD and other refs").isEqualTo(before);
        assertThat(site.resolve("content/blog").resolve(FOLDER)).doesNotExist();
        try (Git git = Git.open(site.toFile())) {
            Repository repo = git.getRepository();
            ObjectId tip = repo.resolve("refs/heads/" + branch);
            ObjectId head = repo.resolve("HEAD");
            assertThat(tip).as("the new branch").isNotNull();
            Map<String, String> expected = new TreeMap<>(GitRepos.tree(repo, head));
            expected.put("content/blog/" + FOLDER + "/index.md", Files.readString(temp.resolve("work/recap/index.md"),
                    StandardCharsets.ISO_8859_1));
            expected.put("content/blog/" + FOLDER + "/stage.jpg", new String(Files.readAllBytes(
                    temp.resolve("work/recap/stage.jpg")), StandardCharsets.ISO_8859_1));
            assertThat(GitRepos.tree(repo, tip)).isEqualTo(expected);
            try (RevWalk walk = new RevWalk(repo)) {
                assertThat(walk.parseCommit(tip).getParent(0).getId()).isEqualTo(head);
            }
        }
        assertThat(notifier.messages).anyMatch(m -> m.startsWith("info: Committed 2 file(s)"));
    }

    /** Not a check: with {@code -Drecap.screenshots=DIR}, writes the dialog planning a commit as PNG for the README. */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "recap.screenshots", matches = ".+")
    void screenshotOfACommitPlan(FxRobot robot) throws Exception {
        Path site = site("site");
        GitRepos.initAndCommitAll(site);
        ExportDialog dialog = readyIn(robot, site);
        robot.clickOn("#export-commit");
        WindowFixtureAccess.waitFor(() -> dialog.view.targetLine.getText().startsWith("Commit ")
                && !dialog.view.exportButton.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.image.BufferedImage[] image = new java.awt.image.BufferedImage[1];
        robot.interact(() -> image[0] = javafx.embed.swing.SwingFXUtils.fromFXImage(dialog.stage().getScene()
                .snapshot(null), null));
        Path file = Path.of(System.getProperty("recap.screenshots")).resolve("export-commit.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(image[0], "png", file.toFile());
    }

    @Test
    void commitOutsideAGitRepositorySaysSoAndCommitsNothing(FxRobot robot) throws Exception {
        Path site = site("site");
        ExportDialog dialog = readyIn(robot, site);
        ExportDialogView view = dialog.view;

        robot.clickOn("#export-commit");
        WindowFixtureAccess.waitFor(() -> view.status.getText().startsWith("Cannot commit"));
        assertThat(view.status.getText()).contains("is not in a git repository");
        assertThat(view.exportButton.isDisabled()).isTrue();
        assertThat(site.resolve(".git")).doesNotExist();
    }

    /** A label too narrow for its text, in a window of its own: what {@link #cutOff} must find. */
    private static List<String> cutOffProbe(FxRobot robot) {
        List<List<String>> found = new java.util.ArrayList<>();
        robot.interact(() -> {
            javafx.scene.control.Label label = new javafx.scene.control.Label("Build the site with Hugo first");
            label.setMaxWidth(60);
            Stage probe = new Stage();
            probe.setScene(new javafx.scene.Scene(new javafx.scene.layout.VBox(label), 200, 100));
            probe.show();
            label.applyCss();
            probe.getScene().getRoot().layout();
            found.add(cutOff(probe.getScene().getRoot()));
            probe.close();
        });
        return found.get(0);
    }

    /**
     * The labels (of buttons, check boxes, cells too) whose shown text is not their whole text, or that reach past the
     * window's edge.
     */
    private static List<String> cutOff(Parent root) {
        double width = root.getScene().getWidth();
        double height = root.getScene().getHeight();
        return root.lookupAll("*").stream().filter(n -> n instanceof Labeled).map(n -> (Labeled) n)
                .filter(l -> l.getText() != null && !l.getText().isEmpty() && shown(l))
                .filter(l -> {
                    Node text = l.lookup(".text");
                    javafx.geometry.Bounds bounds = l.localToScene(l.getBoundsInLocal());
                    return text instanceof Text t && !t.getText().equals(l.getText())
                            || bounds.getMaxX() > width + 0.5 || bounds.getMaxY() > height + 0.5;
                })
                .map(l -> l.getClass().getSimpleName() + " \"" + l.getText() + "\" shown as \""
                        + ((Text) l.lookup(".text")).getText() + "\" at "
                        + l.localToScene(l.getBoundsInLocal())).toList();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
