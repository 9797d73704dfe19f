package io.recapstudio.ui;

import static io.recapstudio.ui.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.shortcode.catalog.ShortcodeEntry;
import io.recapstudio.core.workspace.SiteContext;
import io.recapstudio.ui.session.EditorSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One site context per open post, held by its session: loaded off the FX thread, read by the preview, the palette
 * and the checks, and loaded again when the post's path changes, so Save As into a site gives that site at once.
 */
@ExtendWith(ApplicationExtension.class)
class SiteContextWiringTest {

    private static final String POST = "---\ntitle: Wiring\n---\n\n<div class=\"raw\">raw HTML</div>\n\n"
            + "{{< aside >}}\nInside the aside.\n{{< /aside >}}\n";

    @TempDir
    Path temp;

    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(temp);
        fx.start(stage, new CoreChecks());
    }

    /** A Hugo site that hides raw HTML and has its own paired shortcode, {@code aside}. */
    private Path site() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "title = 'Site'\n[markup.goldmark.renderer]\nunsafe = false\n");
        Files.createDirectories(site.resolve("layouts/shortcodes"));
        Files.writeString(site.resolve("layouts/shortcodes/aside.html"), "<aside>{{ .Inner }}</aside>\n");
        Files.createDirectories(site.resolve("content/blog"));
        return site;
    }

    private Object js(PostTab tab, String script) throws Exception {
        WebView view = (WebView) tab.previewNode().lookup("#preview");
        return WaitForAsyncUtils.asyncFx(() -> view.getEngine().executeScript(script)).get(20, TimeUnit.SECONDS);
    }

    @Test
    void saveAsIntoASiteGivesThePreviewPaletteAndChecksThatSiteAtOnce(FxRobot robot) throws Exception {
        Path site = site();
        Path outside = fx.bundle("wiring", POST);
        PostTab tab = fx.open(robot, outside);
        EditorSession session = tab.session();
        waitFor(() -> session.getSite() == SiteContext.none());
        waitFor(() -> Boolean.TRUE.equals(uncheckedJs(tab, "document.querySelectorAll('#content .raw').length == 1")));
        robot.interact(() -> fx.window.actions().get("view.dock.shortcodes").selectedProperty().set(true));
        waitFor(() -> paletteNames(robot).contains("imgproc"));
        assertThat(paletteNames(robot)).doesNotContain("aside");
        waitFor(() -> session.getDiagnostics().stream().anyMatch(d -> d.rule().equals("shortcode-unknown")));

        Path target = site.resolve("content/blog/wiring");
        fx.dialogs.saveFolder = target;
        robot.interact(() -> fx.window.actions().get("file.save-as").run());

        waitFor(() -> session.getSite() != null && session.getSite().root()
                .map(root -> root.equals(site.toAbsolutePath().normalize())).orElse(false));
        waitFor(() -> Boolean.TRUE.equals(uncheckedJs(tab, "document.querySelectorAll('#content .raw').length == 0"
                + " && document.getElementById('content').textContent.indexOf('raw HTML') < 0"
                + " && document.getElementById('content').textContent.indexOf('Inside the aside') >= 0")));
        waitFor(() -> paletteNames(robot).contains("aside"));
        waitFor(() -> session.getDiagnostics().stream().noneMatch(d -> d.rule().equals("shortcode-unknown")));
        assertThat(tab.session().getPath()).isEqualTo(target.resolve("index.md"));
    }

    private Object uncheckedJs(PostTab tab, String script) {
        try {
            return js(tab, script);
        } catch (Exception e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> paletteNames(FxRobot robot) {
        return robot.lookup("#palette-list").tryQuery().map(n -> ((ListView<ShortcodeEntry>) n).getItems().stream()
                .map(ShortcodeEntry::name).toList()).orElse(List.of());
    }
}
