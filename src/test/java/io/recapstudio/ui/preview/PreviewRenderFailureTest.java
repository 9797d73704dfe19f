package io.recapstudio.ui.preview;

import static io.recapstudio.ui.preview.PreviewTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.MarkdownRenderer;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.ShortcodeRenderers;
import io.recapstudio.core.markdown.TestRenderers;
import io.recapstudio.core.markdown.preview.PreviewShortcodes;
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

/** A renderer that fails shows an error box in the preview; the next good text renders again. */
@ExtendWith(ApplicationExtension.class)
class PreviewRenderFailureTest {

    private CodeArea editor;
    private PreviewPane pane;
    private PreviewTestSupport page;
    private PreviewController controller;

    @Start
    void start(Stage stage) {
        editor = new CodeArea();
        pane = new PreviewPane();
        page = new PreviewTestSupport(pane);
        ShortcodeRenderers catalog = PreviewShortcodes.catalog()
                .with("throws", (call, context) -> {
                    throw new IllegalStateException("the renderer broke");
                })
                .with("recurses", (call, context) -> {
                    throw new StackOverflowError();
                });
        MarkdownRenderer renderer = new MarkdownRenderer(catalog, TestRenderers.images());
        controller = new PreviewController(pane, editor.textProperty(), () -> null, renderer, RenderOptions.preview());
        stage.setScene(new Scene(new SplitPane(editor, pane), 1000, 600));
        stage.show();
    }

    @BeforeEach
    void waitForShell() throws Exception {
        page.waitUntilReady();
    }

    @AfterEach
    void dispose() throws Exception {
        onFx(() -> controller.dispose());
    }

    private String content() throws Exception {
        return (String) page.js("document.getElementById('content').textContent");
    }

    @Test
    void aShortcodeRendererThatThrowsShowsAnErrorBoxWhereItStands() throws Exception {
        onFx(() -> editor.replaceText("Before.\n\n{{< throws >}}\n\nAfter.\n"));

        page.waitFor(() -> content().contains("After."));
        assertThat(page.jsInt("document.querySelectorAll('.rs-error').length")).isPositive();
        assertThat(content()).contains("Before.");
    }

    @Test
    void aPipelineThatDiesShowsAnErrorBoxAndTheNextTextRendersAgain() throws Exception {
        onFx(() -> editor.replaceText("Deep.\n\n{{< recurses >}}\n"));

        page.waitFor(() -> content().contains("The preview could not render this text"));
        assertThat(content()).contains("your text is safe");

        onFx(() -> editor.replaceText("Fixed.\n"));
        page.waitFor(() -> content().contains("Fixed."));
        assertThat(page.jsInt("document.querySelectorAll('.rs-error').length")).isZero();
    }
}
