package io.recapstudio.ui.preview;

import static io.recapstudio.ui.preview.PreviewTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.RenderedBlock;
import io.recapstudio.core.markdown.TestRenderers;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.editor.EditorPane;
import io.recapstudio.ui.editor.EditorPrefs;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.PostFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The preview of an open post in the window: the editor's session drives it, and it drives the editor back. */
@ExtendWith(ApplicationExtension.class)
class PreviewPanelTest {

    @TempDir
    static Path temp;

    private EditorSession session;
    private CodeArea area;
    private PreviewPanel panel;
    private PreviewTestSupport page;

    @Start
    void start(Stage stage) throws Exception {
        Path bundle = copySample(temp.resolve("harbor-bay-" + System.nanoTime()));
        session = new EditorSession(PostFiles.read(bundle));
        EditorPane editor = new EditorPane(session, EditorPrefs.from(AppSettings.load(temp)));
        area = editor.area();
        panel = PreviewPanel.create(session, TestRenderers.IMAGE_CACHE);
        page = new PreviewTestSupport(panel.pane());
        stage.setScene(new Scene(new SplitPane(editor.node(), panel.node()), 1300, 700));
        stage.show();
    }

    @BeforeEach
    void waitForThePost() throws Exception {
        page.waitUntilReady();
        page.waitFor(() -> page.jsInt("document.querySelectorAll('#content .card-img-top').length") == 4);
    }

    @AfterEach
    void dispose() throws Exception {
        onFx(() -> panel.dispose());
    }

    @Test
    void thePreviewShowsTheOpenPostWithItsProcessedImages() throws Exception {
        assertThat(page.js("document.querySelector('.rs-page-header h1').textContent"))
                .isEqualTo("Harbor Bay Cloud Native Day 2026: our recap");
        assertThat(page.js("Array.prototype.map.call(document.querySelectorAll('.card-img-top'), function (i) {"
                + " return i.getAttribute('width') + 'x' + i.getAttribute('height'); }).join(' ')"))
                .isEqualTo("720x450 640x360 571x400 500x500");
        assertThat(page.jsInt("document.querySelectorAll('.rs-gallery img').length")).isEqualTo(8);
    }

    @Test
    void typingInTheEditorUpdatesThePreview(FxRobot robot) throws Exception {
        int at = onFx(() -> area.getText().indexOf("## Morning: the keynote"));
        robot.interact(() -> area.moveTo(at));
        robot.write("## Coffee first\n\n");
        page.waitFor(() -> page.jsInt("document.querySelectorAll('#coffee-first').length") == 1);
    }

    /** A heading in the middle of the sample post: both sides can scroll it to their top. */
    private static final String MIDDLE = "afternoon-workshop-and-lightning-talks";

    private RenderedBlock blockWithId(String id) throws Exception {
        return onFx(() -> panel.controller().resultProperty().get()).blocks().stream()
                .filter(b -> b.html().contains("id=\"" + id + "\"")).findFirst().orElseThrow();
    }

    @Test
    void scrollingThePreviewScrollsTheEditorToTheSameLineAndLeavesTheCaret() throws Exception {
        RenderedBlock heading = blockWithId(MIDDLE);
        page.js("window.scrollTo(0, document.getElementById('" + MIDDLE + "').parentNode.offsetTop); 1");
        page.waitFor(() -> onFx(() -> area.firstVisibleParToAllParIndex()) + 1 == heading.firstLine());
        assertThat(onFx(() -> session.caretLineProperty().get())).isEqualTo(1);
    }

    @Test
    void scrollingTheEditorBringsThePreviewToTheBlockOfItsTopLine() throws Exception {
        RenderedBlock heading = blockWithId(MIDDLE);
        onFx(() -> area.showParagraphAtTop(heading.firstLine() - 1));
        page.waitFor(() -> onFx(() -> panel.pane().lineAtTop()) == heading.firstLine());
        assertThat(page.jsInt("Math.round(document.getElementById('" + MIDDLE + "').parentNode"
                + ".getBoundingClientRect().top)")).isZero();

        onFx(() -> area.showParagraphAtTop(0));
        page.waitFor(() -> onFx(() -> panel.pane().lineAtTop()) == 1);
    }

    @Test
    void aCaretMovedOutOfThePreviewsSightBringsItsBlockIntoView() throws Exception {
        RenderedBlock last = onFx(() -> panel.controller().resultProperty().get()).blocks().stream()
                .filter(b -> b.html().contains("id=\"thank-you\"")).findFirst().orElseThrow();
        onFx(() -> {
            area.moveTo(last.firstLine() - 1, 0);
            area.requestFollowCaret();
        });
        page.waitFor(() -> page.jsTrue("(function () { var r = document.getElementById('thank-you')"
                + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })()"),
                () -> "caret line " + onFx(() -> session.caretLineProperty().get()) + ", editor shows "
                        + onFx(() -> session.viewportProperty().get()) + ", heading at line " + last.firstLine()
                        + ", page " + page.js("(function () { var r = document.getElementById('thank-you')"
                        + ".getBoundingClientRect(); return 'y=' + window.pageYOffset + ' top=' + r.top + ' bottom='"
                        + " + r.bottom + ' innerHeight=' + window.innerHeight + ' scrollHeight='"
                        + " + document.documentElement.scrollHeight + ' images loaded=' + Array.prototype.filter"
                        + ".call(document.images, function (i) { return i.complete; }).length + '/'"
                        + " + document.images.length; })()"));
    }

    @Test
    void typingKeepsThePreviewEqualToAFreshRenderOfTheFinalText(FxRobot robot) throws Exception {
        int at = onFx(() -> area.getText().indexOf("## Morning: the keynote"));
        robot.interact(() -> area.moveTo(at));
        robot.write("## Coffee first\n\nStrong, and *plenty* of it.\n\n");
        for (int i = 0; i < 20; i++) {
            int n = i;
            onFx(() -> area.insertText(at + 3, n % 3 == 0 ? "\n" : "x"));
        }
        page.waitFor(() -> onFx(() -> panel.pane().shownVersionProperty().get() == session.currentVersion()));

        String finalText = onFx(() -> area.getText());
        PreviewPane fresh = onFx(PreviewPane::new);
        PreviewTestSupport freshPage = new PreviewTestSupport(fresh);
        freshPage.waitUntilReady();
        freshPage.show(PreviewTestSupport.render(finalText, session.bundleDir(), 1));
        String structure = "Array.prototype.map.call(document.getElementById('content').children, function (el, i) {"
                + " return el.getAttribute('data-key') + '@' + recapPreview.linesOf(i) + ':' + el.innerHTML; })"
                + ".join('\\n')";
        assertThat(page.js(structure)).isEqualTo(freshPage.js(structure));
    }

    private static Path copySample(Path target) throws Exception {
        Path sample = Path.of(System.getProperty("recap.assets", "assets"), "sample-recap");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(sample.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
