package io.recapstudio.ui;

import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.session.JournalKeeper;
import io.recapstudio.ui.session.PostFileException;
import io.recapstudio.ui.session.PostFiles;
import io.recapstudio.ui.session.RecoveryJournal;
import io.recapstudio.ui.session.RecoveryJournal.Entry;
import io.recapstudio.ui.session.TextDiffs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Offers back what the recovery journal kept when the app last stopped without a clean quit: Restore opens the post
 * (or a new one, for a post never saved or whose file is gone) with the journalled text as an unsaved change;
 * Discard removes the entry.
 */
final class Recovery {

    private static final System.Logger LOG = System.getLogger(Recovery.class.getName());
    private static final int DIFF_LINES = 400;

    private final Window owner;
    private final FileOperations files;
    private final JournalKeeper keeper;
    private final Notifier notifier;
    private RecoveryDialog dialog;

    Recovery(Window owner, FileOperations files, JournalKeeper keeper, Notifier notifier) {
        this.owner = owner;
        this.files = files;
        this.keeper = keeper;
        this.notifier = notifier;
    }

    /** Shows the recovery dialog when the journal holds left-over entries. */
    void offer() {
        List<Entry> left = keeper.journal().left();
        if (left.isEmpty()) {
            return;
        }
        List<RecoveryDialog.Item> items = left.stream().map(Recovery::compare).toList();
        dialog = new RecoveryDialog(owner, items, this::restore, this::discard);
        dialog.show();
    }

    /** The dialog now showing, if any (for tests). */
    Optional<RecoveryDialog> dialog() {
        return Optional.ofNullable(dialog).filter(RecoveryDialog::isShowing);
    }

    /** An entry compared with its file as it is on disk now. */
    static RecoveryDialog.Item compare(Entry entry) {
        Path file = entry.file();
        if (file == null) {
            return new RecoveryDialog.Item(entry, "A new post, never saved", lineCount(entry.text()),
                    TextDiffs.describe("", entry.text(), DIFF_LINES));
        }
        if (!Files.isRegularFile(file)) {
            return new RecoveryDialog.Item(entry, file + " (the file is gone; Restore opens the text as a new post)",
                    lineCount(entry.text()), TextDiffs.describe("", entry.text(), DIFF_LINES));
        }
        try {
            String disk = PostFiles.read(file).text();
            return new RecoveryDialog.Item(entry, file.toString(), "Against the file on disk: "
                    + TextDiffs.summary(disk, entry.text()), "From the file on disk (-) to the kept text (+):\n"
                    + TextDiffs.describe(disk, entry.text(), DIFF_LINES));
        } catch (PostFileException e) {
            return new RecoveryDialog.Item(entry, file + " (" + e.getMessage() + ")", lineCount(entry.text()),
                    TextDiffs.describe("", entry.text(), DIFF_LINES));
        }
    }

    private static String lineCount(String text) {
        long lines = text.isEmpty() ? 0 : text.split("\n", -1).length;
        return lines + (lines == 1 ? " line" : " lines");
    }

    void restore(Entry entry) {
        Path file = entry.file();
        if (file != null && Files.isRegularFile(file)) {
            files.open(file, tab -> {
                tab.session().replaceText(entry.text());
                keeper.adopt(tab.session(), entry.id());
                notifier.info("Restored your unsaved changes to " + tab.session().getDisplayName() + ".");
            });
            return;
        }
        PostTab tab = files.newPost("");
        tab.session().replaceText(entry.text());
        keeper.adopt(tab.session(), entry.id());
        notifier.warning(file == null ? "Restored the new post \"" + entry.name() + "\": save it to keep it."
                : file + " no longer exists; its text is restored in a new post: Save As to keep it.");
    }

    void discard(Entry entry) {
        try {
            keeper.journal().delete(entry.id());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot remove the recovery entry " + entry.id(), e);
            notifier.warning("Cannot remove the recovery copy " + keeper.journal().fileOf(entry.id()) + ": "
                    + e.getMessage());
        }
    }

    /** The journal these entries come from. */
    RecoveryJournal journal() {
        return keeper.journal();
    }
}
