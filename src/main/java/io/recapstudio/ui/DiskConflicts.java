package io.recapstudio.ui;

import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.session.DiskStamp;
import io.recapstudio.ui.session.DiskWatch;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.JournalKeeper;
import io.recapstudio.ui.session.OpenedPost;
import io.recapstudio.ui.session.TextDiffs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * What happens when another program changes or removes the file of an open post, and the question Save asks before
 * it writes over a file that changed since the app last saw it. A post without unsaved changes follows the file
 * silently; one with changes asks: Reload (Undo brings the text back), Keep Mine, or Compare first. Nothing is
 * ever written over without the user saying so.
 */
final class DiskConflicts implements DiskWatch.Listener {

    /** The answers. */
    enum Choice { RELOAD, KEEP_MINE, OVERWRITE, CANCEL }

    private static final int DIFF_LINES = 400;

    private final Window owner;
    private final PostTabs tabs;
    private final Notifier notifier;
    private final JournalKeeper journal;

    DiskConflicts(Window owner, PostTabs tabs, Notifier notifier, JournalKeeper journal) {
        this.owner = owner;
        this.tabs = tabs;
        this.notifier = notifier;
        this.journal = journal;
    }

    @Override
    public void changed(EditorSession session, DiskStamp stamp, byte[] bytes) {
        OpenedPost theirs = OpenedPost.fromDisk(session.getPath(), bytes, stamp);
        String name = session.getDisplayName();
        if (!session.isDirty()) {
            reload(session, theirs);
            notifier.info("Reloaded " + name + ": another program changed " + session.getPath() + ".");
            return;
        }
        select(session);
        Choice choice = Choices.ask(owner, "disk-changed-dialog", name + " changed on disk",
                "Another program changed " + session.getPath() + " while you have unsaved changes here.\n"
                        + "Reload shows the file's new text (Undo brings yours back); Keep Mine keeps your text, "
                        + "and Save will then replace the file's.",
                diff(session, theirs), List.of(Choices.Answer.of("Reload", Choice.RELOAD),
                        Choices.Answer.cancel("Keep Mine", Choice.KEEP_MINE)));
        if (choice == Choice.RELOAD) {
            reload(session, theirs);
        } else {
            session.noteDiskStamp(stamp);
        }
    }

    @Override
    public void missing(EditorSession session) {
        session.setDirty(true);
        journal.flush(session);
        notifier.warning(session.getPath() + " was deleted or moved by another program. Your text is still here: "
                + "Save writes the file again, Save As puts it somewhere else.");
    }

    /**
     * Before Save writes {@code session} over its file: true to go on. When the file changed since the app last saw
     * it, asks Overwrite / Reload / Cancel (with Compare).
     */
    boolean maySave(EditorSession session) {
        Path file = session.getPath();
        Optional<DiskStamp.Snapshot> now;
        try {
            now = DiskStamp.look(file, session.diskStamp());
        } catch (IOException e) {
            return true; // the write itself will say what is wrong with the file
        }
        if (now.isEmpty() || session.diskStamp() == null || now.get().stamp().sameContent(session.diskStamp())) {
            return true;
        }
        OpenedPost theirs = OpenedPost.fromDisk(file, now.get().bytes(), now.get().stamp());
        Choice choice = Choices.ask(owner, "save-conflict-dialog", session.getDisplayName() + " changed on disk",
                "Another program changed " + file + " since you opened it. Overwrite replaces its new text with "
                        + "yours; Reload shows its text instead of yours (Undo brings yours back).",
                diff(session, theirs), List.of(Choices.Answer.of("Overwrite", Choice.OVERWRITE),
                        Choices.Answer.of("Reload", Choice.RELOAD), Choices.Answer.cancel("Cancel", Choice.CANCEL)));
        if (choice == Choice.RELOAD) {
            reload(session, theirs);
        }
        return choice == Choice.OVERWRITE;
    }

    /** The editor shows the file's text as one undo step, and the post is clean again. */
    static void reload(EditorSession session, OpenedPost theirs) {
        session.replaceText(theirs.text());
        session.savedAs(theirs);
    }

    private static String diff(EditorSession session, OpenedPost theirs) {
        return "From the file on disk (-) to your text (+):\n"
                + TextDiffs.describe(theirs.text(), session.currentText(), DIFF_LINES);
    }

    private void select(EditorSession session) {
        tabs.all().stream().filter(t -> t.session() == session).findFirst().ifPresent(tabs::select);
    }
}
