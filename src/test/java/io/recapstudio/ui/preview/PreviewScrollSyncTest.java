package io.recapstudio.ui.preview;

import static io.recapstudio.ui.preview.PreviewTestSupport.longPost;
import static io.recapstudio.ui.preview.PreviewTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.RenderResult;
import io.recapstudio.core.markdown.RenderedBlock;
import io.recapstudio.core.markdown.TestRenderers;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Editor and preview follow each other's scrolling by source line. */
@ExtendWith(ApplicationExtension.class)
class PreviewScrollSyncTest {

    private CodeArea editor;
    private PreviewPane pane;
    private PreviewController controller;
    private PreviewTestSupport page;

    @Start
    void start(Stage stage) {
        editor = new CodeArea(longPost(30));
        pane = new PreviewPane();
        page = new PreviewTestSupport(pane);
        controller = new PreviewController(pane, editor.textProperty(), () -> null, TestRenderers.preview(),
                RenderOptions.preview());
        PreviewScrollSync.bind(editor, pane);
        stage.setScene(new Scene(new SplitPane(editor, pane), 1200, 700));
        stage.show();
    }

    @BeforeEach
    void waitForPreview() throws Exception {
        page.waitUntilReady();
        page.waitFor(() -> onFx(() -> controller.resultProperty().get() != null && pane.shownVersionProperty()
                .get() == controller.resultProperty().get().version()));
    }

    @AfterEach
    void dispose() throws Exception {
        onFx(() -> controller.dispose());
    }

    @Test
    void scrollingTheEditorScrollsThePreviewToTheSameLine() throws Exception {
        RenderResult result = onFx(() -> controller.resultProperty().get());
        RenderedBlock heading = result.blocks().stream().filter(b -> b.html().contains("Section 17<")).findFirst()
                .orElseThrow();
        onFx(() -> editor.showParagraphAtTop(heading.firstLine() - 1));
        page.waitFor(() -> onFx(() -> pane.lineAtTop()) == heading.firstLine());
        assertThat(onFx(() -> editor.firstVisibleParToAllParIndex())).isEqualTo(heading.firstLine() - 1);
    }

    @Test
    void scrollingThePreviewScrollsTheEditorToTheSameLine() throws Exception {
        RenderResult result = onFx(() -> controller.resultProperty().get());
        RenderedBlock heading = result.blocks().stream().filter(b -> b.html().contains("Section 23<")).findFirst()
                .orElseThrow();
        page.js("window.scrollTo(0, document.querySelector('[data-key=\"" + heading.key() + "\"]').offsetTop); 1");
        page.waitFor(() -> onFx(() -> editor.firstVisibleParToAllParIndex()) == heading.firstLine() - 1);
        // the editor's move is not sent back: the preview stays where the user put it
        int y = page.jsInt("window.pageYOffset");
        page.waitFor(() -> onFx(() -> pane.lineAtTop()) == heading.firstLine());
        assertThat(page.jsInt("window.pageYOffset")).isEqualTo(y);
    }
}
