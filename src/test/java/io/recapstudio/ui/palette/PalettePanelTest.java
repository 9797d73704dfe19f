package io.recapstudio.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.shortcode.ShortcodeParser;
import io.recapstudio.core.shortcode.catalog.ParamSpec;
import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.shortcode.catalog.ShortcodeEntry;
import io.recapstudio.core.shortcode.compose.ShortcodeDraft;
import io.recapstudio.ui.WindowFixtureAccess;
import io.recapstudio.ui.common.CutOffLabels;
import io.recapstudio.ui.session.EditorSession;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shortcode palette in the real window: insert from forms, edit a call, smart paste and drop. */
@ExtendWith(ApplicationExtension.class)
class PalettePanelTest {

    private static final String POST = "---\ntitle: Palette\n---\n\nIntro.\n\n"
            + "{{< imgproc stage Resize 600x >}}\nKeep this caption.\n{{< /imgproc >}}\n\nEnd.\n";

    @TempDir
    Path temp;

    private WindowFixtureAccess.Window fx;

    @Start
    void start(Stage stage) {
        fx = WindowFixtureAccess.start(temp, stage);
    }

    private EditorSession open(FxRobot robot) throws Exception {
        Path bundle = fx.bundle("palette", POST);
        ImageIO.write(new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB), "jpg",
                bundle.resolve("stage.jpg").toFile());
        return fx.open(robot, bundle);
    }

    private PalettePanel palette(FxRobot robot) throws Exception {
        robot.interact(() -> fx.window().actions().get("view.dock.shortcodes").selectedProperty().set(true));
        WindowFixtureAccess.waitFor(() -> robot.lookup("#palette-panel").tryQuery().isPresent());
        WindowFixtureAccess.waitFor(() -> robot.lookup("#palette-panel").queryAll().stream()
                .anyMatch(n -> n.getProperties().get(PalettePanel.class) != null));
        return robot.lookup("#palette-panel").queryAll().stream()
                .map(n -> (PalettePanel) n.getProperties().get(PalettePanel.class))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    private static String sample(ParamSpec param) {
        return switch (param.type()) {
            case INTEGER -> "3";
            case BOOLEAN -> "true";
            case CHOICE -> param.choices().isEmpty() ? "a" : param.choices().get(0);
            case RESOURCE -> "stage";
            case IMAGE_OPTIONS -> "300x200";
            case GLOB -> "*.jpg";
            default -> param.position() != null && param.position() == 1 && param.name() == null ? "Resize" : "abc";
        };
    }

    @Test
    void everyBuiltInsFormShowsItsLabelsWholeInTheDockedPanelOfA1280By800Window(FxRobot robot) throws Exception {
        open(robot);
        PalettePanel palette = palette(robot);
        robot.interact(() -> {
            javafx.stage.Window window = fx.area().getScene().getWindow();
            window.setWidth(1280);
            window.setHeight(800);
        });
        java.util.Map<String, List<String>> cut = new java.util.LinkedHashMap<>();
        for (ShortcodeEntry entry : ShortcodeCatalog.builtins().entries()) {
            robot.interact(() -> {
                palette.filter(entry.name());
                palette.list.getSelectionModel().select(entry);
                palette.openSelected();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                javafx.scene.Parent panel = (javafx.scene.Parent) robot.lookup("#palette-panel").query();
                // The form scrolls down, so only the panel's right edge bounds it.
                javafx.geometry.Bounds area = panel.localToScene(panel.getBoundsInLocal());
                List<String> found = CutOffLabels.under(panel, new javafx.geometry.BoundingBox(area.getMinX(),
                        area.getMinY(), area.getWidth(), Double.MAX_VALUE));
                if (!found.isEmpty()) {
                    cut.put(entry.name(), found);
                }
            });
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void everyBuiltInIsInsertedFromItsForm(FxRobot robot) throws Exception {
        open(robot);
        PalettePanel palette = palette(robot);

        for (ShortcodeEntry entry : ShortcodeCatalog.builtins().entries()) {
            robot.interact(() -> {
                fx.area().moveTo(fx.area().getLength());
                palette.list.getItems().setAll(entry);
                palette.list.getSelectionModel().select(entry);
                palette.openSelected();
                ShortcodeDraft draft = palette.form().draft.get();
                for (ParamSpec param : entry.params()) {
                    if (param.required()) {
                        draft = draft.with(param, sample(param));
                    }
                }
                palette.form().draft.set(draft);
            });
            String expected = palette.form().draft.get().write();
            robot.interact(() -> palette.insert.fire());
            WindowFixtureAccess.waitFor(() -> fx.area().getText().contains(expected));

            List<ShortcodeCall> calls = ShortcodeParser.parse(fx.area().getText()).allCalls();
            assertThat(calls).as(entry.name()).anyMatch(c -> c.name().equals(entry.name()));
        }
    }

    @Test
    void editShortcodeRewritesOnlyTheCallAtTheCaret(FxRobot robot) throws Exception {
        open(robot);
        palette(robot);
        int inside = POST.indexOf("Resize");
        robot.interact(() -> fx.area().moveTo(inside));

        robot.interact(() -> fx.window().actions().get("insert.edit-shortcode").run());
        PalettePanel palette = palette(robot);
        assertThat(palette.form().draft.get().values()).containsEntry("#2", "600x");
        WindowFixtureAccess.waitFor(() -> renderedText(robot).contains("Keep this caption."));
        assertThat(renderedText(robot)).contains("width=\"600\" height=\"400\"");
        robot.interact(() -> {
            ShortcodeDraft draft = palette.form().draft.get();
            ParamSpec options = draft.entry().param(2).orElseThrow();
            palette.form().draft.set(draft.with(options, "Fill 640x360".substring(5)).with(
                    draft.entry().param(1).orElseThrow(), "Fill"));
            palette.insert.fire();
        });

        WindowFixtureAccess.waitFor(() -> fx.area().getText().contains("Fill 640x360"));
        assertThat(fx.area().getText()).isEqualTo(POST.replace("Resize 600x", "Fill 640x360"));
    }

    /** The palette's rendering of the call, as HTML. */
    private static String renderedText(FxRobot robot) {
        String[] html = {""};
        robot.interact(() -> {
            javafx.scene.web.WebView view = robot.lookup("#palette-rendering").queryAs(javafx.scene.web.WebView.class);
            Object body = view.getEngine().executeScript("document.body ? document.body.innerHTML : ''");
            html[0] = body == null ? "" : body.toString();
        });
        return html[0];
    }

    @Test
    void pastedTweetAndYouTubeUrlsBecomeEmbeds(FxRobot robot) throws Exception {
        open(robot);
        for (String[] c : new String[][] {
                {"https://x.com/harborbay/status/1844203958812345678", "user=harborbay id=1844203958812345678 >}}"},
                {"https://youtu.be/dQ4xmpl3Tk0?t=95", "{{< youtube id=dQ4xmpl3Tk0 start=95 >}}"}}) {
            robot.interact(() -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(c[0]);
                Clipboard.getSystemClipboard().setContent(content);
                fx.area().moveTo(fx.area().getLength());
                fx.area().requestFocus();
            });
            robot.push(KeyCode.CONTROL, KeyCode.V);
            WindowFixtureAccess.waitFor(() -> fx.area().getText().contains(c[1]));
            assertThat(fx.area().getText()).doesNotContain(c[0]);
        }
    }

    @Test
    void aDroppedImageIsCopiedIntoTheBundleAndInserted(FxRobot robot) throws Exception {
        EditorSession session = open(robot);
        Path photo = temp.resolve("Booth Photo.PNG");
        ImageIO.write(new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        int end = POST.indexOf("End.");

        boolean[] taken = new boolean[1];
        robot.interact(() -> taken[0] = session.dropFiles(List.of(photo), end));

        assertThat(taken[0]).isTrue();
        WindowFixtureAccess.waitFor(() -> fx.area().getText().contains("{{< imgproc booth-photo Resize 800x >}}"));
        assertThat(session.bundleDir().resolve("booth-photo.png")).exists();
        assertThat(Files.size(session.bundleDir().resolve("booth-photo.png"))).isPositive();
    }
}
