package io.recapstudio.ui.palette;

import io.recapstudio.core.image.ImageImporter;
import io.recapstudio.core.shortcode.compose.DroppedFiles;
import io.recapstudio.core.shortcode.compose.UrlRecognizer;
import io.recapstudio.core.text.TextEdit;
import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.session.EditorSession;
import java.nio.file.Path;
import java.util.List;

/**
 * Smart paste and drop for one post: a pasted post URL becomes its embed shortcode, dropped images are copied into
 * the bundle and inserted as {@code imgproc} calls, a dropped folder of photos becomes a {@code gallery}.
 */
public final class SmartInsert {

    private SmartInsert() {
    }

    /**
     * Adds the paste and drop handlers to {@code session}. A paste reads the catalog of the post's site as the
     * session has it at that moment (the site the post was saved into last), never opening the site itself.
     */
    public static void install(EditorSession session, Notifier notifier) {
        session.addPasteHandler(text -> new UrlRecognizer(PaletteCatalogs.of(session.getSite())).callFor(text));
        session.addFileDropHandler((files, offset) -> drop(session, notifier, files, offset));
    }

    private static boolean drop(EditorSession session, Notifier notifier, List<Path> files, int offset) {
        if (!DroppedFiles.accepts(files)) {
            return false;
        }
        Path bundle = session.bundleDir();
        if (session.getPath() == null || bundle == null) {
            notifier.warning("Save the post as a bundle first; dropped images are copied beside its index.md.");
            return true;
        }
        DroppedFiles.Result result = new DroppedFiles(new ImageImporter()).importInto(bundle, files);
        if (!result.text().isEmpty()) {
            session.applyEdits(List.of(TextEdit.insert(offset, result.text() + "\n")));
        }
        result.failures().forEach(f -> notifier.warning("Not imported: " + f));
        return true;
    }
}
