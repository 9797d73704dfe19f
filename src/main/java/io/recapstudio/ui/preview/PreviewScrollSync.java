package io.recapstudio.ui.preview;

import java.time.Duration;
import javafx.application.Platform;
import org.fxmisc.richtext.GenericStyledArea;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;

/**
 * Keeps an editor and the preview on the same source line, both ways: scrolling the editor brings the block of its
 * first visible line to the top of the preview, scrolling the preview brings the line at its top to the top of the
 * editor. A move made for the other side is not echoed back. FX thread only.
 */
public final class PreviewScrollSync {

    private static final Duration SETTLE = Duration.ofMillis(30);

    private final GenericStyledArea<?, ?, ?> editor;
    private final PreviewPane preview;
    private boolean followingPreview;

    private PreviewScrollSync(GenericStyledArea<?, ?, ?> editor, PreviewPane preview) {
        this.editor = editor;
        this.preview = preview;
    }

    /** Starts syncing; unsubscribe the result to stop. */
    public static Subscription bind(GenericStyledArea<?, ?, ?> editor, PreviewPane preview) {
        PreviewScrollSync sync = new PreviewScrollSync(editor, preview);
        Subscription editorScrolls = EventStreams.valuesOf(editor.estimatedScrollYProperty())
                .successionEnds(SETTLE).subscribe(y -> sync.editorScrolled());
        preview.setOnLineScrolled(sync::previewScrolled);
        return editorScrolls.and(() -> preview.setOnLineScrolled(null));
    }

    private void editorScrolled() {
        if (followingPreview) {
            followingPreview = false;
            return;
        }
        preview.scrollToLine(editor.firstVisibleParToAllParIndex() + 1);
    }

    private void previewScrolled(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, editor.getParagraphs().size() - 1));
        if (paragraph == editor.firstVisibleParToAllParIndex()) {
            return;
        }
        followingPreview = true;
        editor.showParagraphAtTop(paragraph);
        // If the editor could not move (already at its end), no scroll event will clear the flag.
        Platform.runLater(() -> Platform.runLater(() -> {
            if (paragraph != editor.firstVisibleParToAllParIndex()) {
                followingPreview = false;
            }
        }));
    }
}
