package io.recapstudio.ui.preview;

import static io.recapstudio.ui.preview.PreviewTestSupport.longPost;
import static io.recapstudio.ui.preview.PreviewTestSupport.onFx;
import static io.recapstudio.ui.preview.PreviewTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.RenderResult;
import io.recapstudio.core.markdown.RenderedBlock;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview page: blocks shown and patched in place, scroll kept, scroll sync in both directions, links. */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {

    private PreviewPane pane;
    private PreviewTestSupport page;

    @Start
    void start(Stage stage) {
        pane = new PreviewPane();
        page = new PreviewTestSupport(pane);
        stage.setScene(new Scene(pane, 800, 600));
        stage.show();
    }

    @BeforeEach
    void waitForShell() throws Exception {
        page.waitUntilReady();
    }

    @Test
    void previewShowsTheMarkdownBlocks() throws Exception {
        RenderResult result = render("# Harbor Bay\n\nSome *emphasis*.\n\n- one\n- two\n", null, 1);
        page.show(result);
        assertThat(page.blockCount()).isEqualTo(3);
        assertThat(page.js("document.querySelector('#content h1').id")).isEqualTo("harbor-bay");
        assertThat(page.js("document.querySelector('#content em').textContent")).isEqualTo("emphasis");
        assertThat(page.js("document.querySelectorAll('#content li').length")).isEqualTo(2);
        assertThat(onFx(() -> pane.shownVersionProperty().get())).isEqualTo(1L);
    }

    @Test
    void anUpdateReplacesOnlyTheBlocksThatChanged() throws Exception {
        String text = "# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n";
        page.show(render(text, null, 1));
        page.js("Array.prototype.forEach.call(document.getElementById('content').children,"
                + " function (el, i) { el.recapMark = 'kept-' + i; }); 1");
        page.show(render(text.replace("Second paragraph.", "Second paragraph, edited."), null, 2));
        assertThat(page.js("Array.prototype.map.call(document.getElementById('content').children,"
                + " function (el) { return el.recapMark || 'new'; }).join(',')"))
                .isEqualTo("kept-0,kept-1,new,kept-3");
        assertThat(page.js("document.getElementById('content').children[2].textContent"))
                .isEqualTo("Second paragraph, edited.");
    }

    @Test
    void blocksMoveAndGoAwayWithoutBeingRebuilt() throws Exception {
        page.show(render("A.\n\nB.\n\nC.\n", null, 1));
        page.js("Array.prototype.forEach.call(document.getElementById('content').children,"
                + " function (el) { el.recapMark = el.textContent; }); 1");
        page.show(render("C.\n\nA.\n", null, 2));
        assertThat(page.js("Array.prototype.map.call(document.getElementById('content').children,"
                + " function (el, i) { return el.recapMark + '@' + recapPreview.linesOf(i); }).join(' ')"))
                .isEqualTo("C.@1,1 A.@3,3");
    }

    @Test
    void scrollPositionSurvivesAnUpdateAboveTheViewport() throws Exception {
        String text = longPost(30);
        RenderResult first = render(text, null, 1);
        page.show(first);
        RenderedBlock target = first.blocks().get(60);
        String find = "document.querySelector('[data-key=\"" + target.key() + "\"]')";
        page.js(find + ".recapMark = 'anchor'; window.scrollTo(0, " + find + ".offsetTop + 7); 1");
        page.waitFor(() -> page.jsInt("window.pageYOffset") > 0);
        int topBefore = page.jsInt("Math.round(" + find + ".getBoundingClientRect().top)");
        int yBefore = page.jsInt("window.pageYOffset");

        String longer = text.replace("title: Long\n---\n\n", "title: Long\n---\n\nA new opening paragraph.\n\n");
        page.show(render(longer, null, 2));

        assertThat(page.js(find + ".recapMark")).isEqualTo("anchor");
        assertThat(page.jsInt("Math.round(" + find + ".getBoundingClientRect().top)")).isEqualTo(topBefore);
        assertThat(page.jsInt("window.pageYOffset")).isGreaterThan(yBefore);
    }

    @Test
    void anImageThatFinishesLoadingAboveTheViewportDoesNotMoveTheText(@TempDir Path bundle) throws Exception {
        ImageIO.write(new BufferedImage(400, 1600, BufferedImage.TYPE_INT_RGB), "png",
                bundle.resolve("tall.png").toFile());
        String text = longPost(30);
        RenderResult first = render(text, bundle, 1);
        page.show(first);
        RenderedBlock target = first.blocks().get(60);
        String find = "document.querySelector('[data-key=\"" + target.key() + "\"]')";
        page.js("window.scrollTo(0, " + find + ".offsetTop + 7); 1");
        page.waitFor(() -> page.jsInt("window.pageYOffset") > 0);
        int topBefore = page.jsInt("Math.round(" + find + ".getBoundingClientRect().top)");

        // An image without width and height takes its room only once loaded, after the patch put it there.
        page.show(render(text.replace("title: Long\n---\n\n", "title: Long\n---\n\n![A tall photo](tall.png)\n\n"),
                bundle, 2));
        page.waitForImages();
        page.waitFor(() -> page.jsInt("document.images[0].offsetHeight") > 1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.jsInt("Math.round(" + find + ".getBoundingClientRect().top)")).isEqualTo(topBefore);
    }

    @Test
    void scrollPositionStaysPutWhenTheEditIsBelow() throws Exception {
        String text = longPost(30);
        page.show(render(text, null, 1));
        page.js("window.scrollTo(0, 1234); 1");
        page.waitFor(() -> page.jsInt("window.pageYOffset") == 1234);
        page.show(render(text.replace("Paragraph 3 of section 29", "Paragraph three of section 29"), null, 2));
        assertThat(page.jsInt("window.pageYOffset")).isEqualTo(1234);
    }

    @Test
    void scrollToLineBringsThatLinesBlockToTheTop() throws Exception {
        RenderResult result = render(longPost(30), null, 1);
        page.show(result);
        RenderedBlock heading = result.blocks().stream().filter(b -> b.html().contains("Section 20<")).findFirst()
                .orElseThrow();
        onFx(() -> pane.scrollToLine(heading.firstLine()));
        String find = "document.querySelector('[data-key=\"" + heading.key() + "\"]')";
        page.waitFor(() -> page.jsInt("Math.round(" + find + ".getBoundingClientRect().top)") == 0);
        assertThat(onFx(() -> pane.lineAtTop())).isEqualTo(heading.firstLine());
    }

    @Test
    void scrollingThePreviewReportsTheSourceLineAtTheTopAndScrollToLineDoesNotEcho() throws Exception {
        RenderResult result = render(longPost(30), null, 1);
        page.show(result);
        List<Integer> lines = new CopyOnWriteArrayList<>();
        onFx(() -> pane.setOnLineScrolled(lines::add));
        RenderedBlock programmatic = result.blocks().get(20);
        onFx(() -> pane.scrollToLine(programmatic.firstLine()));
        page.waitFor(() -> onFx(() -> pane.lineAtTop()) == programmatic.firstLine());

        RenderedBlock byUser = result.blocks().get(70);
        page.js("window.scrollTo(0, document.querySelector('[data-key=\"" + byUser.key() + "\"]').offsetTop); 1");
        page.waitFor(() -> !lines.isEmpty());
        assertThat(lines).containsExactly(byUser.firstLine());
    }

    @Test
    void linksNeverNavigateThePreviewAway() throws Exception {
        page.show(render("See [the site](https://example.org/) and a note[^1].\n\n[^1]: The note.\n", null, 1));
        List<String> clicked = new CopyOnWriteArrayList<>();
        onFx(() -> pane.setOnLinkClicked(clicked::add));
        String location = (String) page.js("location.href");
        page.js("document.querySelector('a[href=\"https://example.org/\"]').click(); 1");
        page.js("document.querySelector('a.footnote-ref').click(); 1");
        assertThat(clicked).containsExactly("https://example.org/");
        assertThat(page.js("location.href")).isEqualTo(location);
    }

    @Test
    void whileFollowingTheEditorAPatchThatPushesTheCaretsBlockDownStillShowsIt() throws Exception {
        String before = longPost(30);
        RenderResult first = render(before, null, 1);
        page.show(first);
        int top = lineOfHeading(first, "section-10");
        int caret = lineOfHeading(first, "section-12");
        onFx(() -> pane.follow(top, caret));
        assertThat(headingInView("section-12")).isTrue();

        // Many lines typed into section 11: the editor tells the caret's new line before the render comes.
        String typed = "A new paragraph typed in section 11, long enough to take some room in the preview.\n\n"
                .repeat(40);
        String after = before.replace("## Section 12\n", typed + "## Section 12\n");
        int shift = (int) typed.chars().filter(c -> c == '\n').count();
        onFx(() -> pane.follow(top, caret + shift));
        page.show(render(after, null, 2));
        assertThat(headingInView("section-12")).isTrue();
    }

    private static int lineOfHeading(RenderResult result, String id) {
        return result.blocks().stream().filter(b -> b.html().contains("id=\"" + id + "\"")).findFirst().orElseThrow()
                .firstLine();
    }

    private boolean headingInView(String id) throws Exception {
        return page.jsTrue("(function () { var r = document.getElementById('" + id + "').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight; })()");
    }
}
