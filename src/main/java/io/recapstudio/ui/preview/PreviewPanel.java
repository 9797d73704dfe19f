package io.recapstudio.ui.preview;

import io.recapstudio.core.markdown.BundleImagesProvider;
import io.recapstudio.core.markdown.MarkdownRenderer;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.preview.SiteRendering;
import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import io.recapstudio.ui.common.PostPanel;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.TextSnapshot;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import org.reactfx.EventStreams;

/**
 * The live preview of one open post: a {@link PreviewPane} kept on the session's published text by a
 * {@link PreviewController}. The preview follows the caret (it scrolls when the caret's block is out of sight);
 * scrolling the preview reveals the line at its top in the editor.
 */
public final class PreviewPanel implements PostPanel {

    private final EditorSession session;
    private final PreviewPane pane = new PreviewPane();
    private final PreviewController controller;
    private final ChangeListener<Number> caretFollower;
    /** The line the editor was sent to from the preview: its caret moving there must not scroll the preview. */
    private int lineFromPreview = -1;

    private PreviewPanel(EditorSession session, MarkdownRenderer renderer, RenderOptions options) {
        this.session = session;
        // The session publishes text only after typing pauses, so every snapshot renders at once.
        this.controller = new PreviewController(pane, EventStreams.changesOf(session.textProperty()),
                snapshotOf(session), session::bundleDir, renderer, options);
        this.caretFollower = (o, old, line) -> followCaret(line.intValue());
        session.caretLineProperty().addListener(caretFollower);
        pane.setOnLineScrolled(this::revealInEditor);
    }

    /** The preview of {@code session}'s post, processing images into the user's cache folder. */
    public static PreviewPanel create(EditorSession session) {
        return create(session, BundleImagesProvider.userCacheDir());
    }

    /** The preview of {@code session}'s post, processing images into {@code imageCache}. */
    public static PreviewPanel create(EditorSession session, java.nio.file.Path imageCache) {
        // The site decides whether raw HTML shows and which of its shortcodes pair, as its Hugo build would.
        SiteRendering site = session.getPath() == null ? SiteRendering.standalone()
                : SiteRendering.forPost(session.getPath());
        return new PreviewPanel(session, PreviewShortcodes.renderer(imageCache, site.kinds()),
                site.apply(RenderOptions.preview()));
    }

    private static Supplier<Supplier<String>> snapshotOf(EditorSession session) {
        return () -> {
            TextSnapshot snapshot = session.getText();
            return snapshot == null ? () -> "" : snapshot::text;
        };
    }

    private void followCaret(int line) {
        if (line == lineFromPreview) {
            lineFromPreview = -1;
            return;
        }
        pane.revealLine(line);
    }

    private void revealInEditor(int line) {
        if (line != session.caretLineProperty().get()) {
            lineFromPreview = line;
            session.revealLine(line);
        }
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
        pane.setOnLineScrolled(null);
        controller.dispose();
    }
}
