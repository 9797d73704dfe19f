package io.recapstudio.ui.preview;

import io.recapstudio.core.markdown.BundleImagesProvider;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.RenderResult;
import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import io.recapstudio.core.markdown.preview.SiteRendering;
import io.recapstudio.core.workspace.SiteContext;
import io.recapstudio.ui.common.PostPanel;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.EditorViewport;
import io.recapstudio.ui.session.TextSnapshot;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import org.reactfx.EventStreams;

/**
 * The live preview of one open post: a {@link PreviewPane} kept on the session's text by a
 * {@link PreviewController}, rendering after every edit with the post's site (its raw-HTML setting and its own
 * shortcodes, from the session's site context). Scroll sync both ways, by source line: the preview follows the
 * editor's viewport and its caret; scrolling the preview scrolls the editor (the caret stays where it is).
 */
public final class PreviewPanel implements PostPanel {

    private final EditorSession session;
    private final PreviewPane pane = new PreviewPane();
    private final BundleImagesProvider images;
    private final PreviewController controller;
    private final ChangeListener<Number> caretFollower = (o, old, line) -> follow();
    private final ChangeListener<EditorViewport> viewportFollower = (o, old, shown) -> follow();
    private final ChangeListener<RenderResult> shownReporter = (o, old, shown) -> reportShown(shown);
    /** Render thread only: the pipeline of the last site rendered with. */
    private SiteContext pipelineSite;
    private PreviewController.Pipeline pipeline;

    private PreviewPanel(EditorSession session, Path imageCache) {
        this.session = session;
        this.images = new BundleImagesProvider(imageCache);
        session.setPreviewShown(-1);
        this.controller = new PreviewController(pane, EventStreams.merge(
                EventStreams.changesOf(session.liveVersionProperty()), EventStreams.changesOf(session.siteProperty()),
                EventStreams.changesOf(session.pathProperty())), this::request);
        session.caretLineProperty().addListener(caretFollower);
        session.viewportProperty().addListener(viewportFollower);
        controller.resultProperty().addListener(shownReporter);
        pane.setOnLineScrolled(session::scrollEditorTo);
    }

    /** The preview of {@code session}'s post, processing images into the user's cache folder. */
    public static PreviewPanel create(EditorSession session) {
        return create(session, BundleImagesProvider.userCacheDir());
    }

    /** The preview of {@code session}'s post, processing images into {@code imageCache}. */
    public static PreviewPanel create(EditorSession session, Path imageCache) {
        return new PreviewPanel(session, imageCache);
    }

    /** On the FX thread after an edit: what to render, without reading the text or the site here. */
    private PreviewController.Request request() {
        TextSnapshot text = session.liveText();
        CompletableFuture<SiteContext> site = session.siteContext();
        return new PreviewController.Request(text.version(), text::text, session.bundleDir(),
                () -> pipelineFor(site.join()));
    }

    /** The renderer for the post's site: what raw HTML does and which of its shortcodes pair, as its Hugo build. */
    private PreviewController.Pipeline pipelineFor(SiteContext site) {
        if (site != pipelineSite || pipeline == null) {
            SiteRendering rendering = site.rendering();
            pipeline = new PreviewController.Pipeline(PreviewShortcodes.renderer(images, rendering.kinds()),
                    rendering.apply(RenderOptions.preview()));
            pipelineSite = site;
        }
        return pipeline;
    }

    /** The session's checks wait for the preview to show a version before they check it. */
    private void reportShown(RenderResult shown) {
        if (shown != null) {
            session.setPreviewShown(shown.version());
        }
    }

    private void follow() {
        EditorViewport shown = session.viewportProperty().get();
        int caret = session.caretLineProperty().get();
        pane.follow(shown.topLine(), shown.shows(caret) ? caret : -1);
    }

    public PreviewPane pane() {
        return pane;
    }

    public PreviewController controller() {
        return controller;
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public void dispose() {
        session.caretLineProperty().removeListener(caretFollower);
        session.viewportProperty().removeListener(viewportFollower);
        pane.setOnLineScrolled(null);
        controller.resultProperty().removeListener(shownReporter);
        controller.dispose();
        session.setPreviewShown(EditorSession.NO_PREVIEW);
    }
}
