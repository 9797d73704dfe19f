package io.recapstudio.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The keeper journals a post with unsaved changes after typing pauses, and removes the entry when it is clean. */
class JournalKeeperTest {

    @TempDir
    Path temp;

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private RecoveryJournal journal;
    private JournalKeeper keeper;
    private EditorSession session;

    @BeforeEach
    void start() throws Exception {
        journal = RecoveryJournal.in(temp.resolve("data"));
        keeper = new JournalKeeper(journal, problems::add, Runnable::run);
        Path file = Files.writeString(temp.resolve("post.md"), "saved\n");
        session = new EditorSession(PostFiles.read(file));
        keeper.watch(session);
    }

    @AfterEach
    void stop() {
        keeper.close();
    }

    private void type(String text) {
        long version = session.noteEdit();
        session.setDirty(true);
        session.publish(TextSnapshot.of(version, text));
    }

    private Path entry() {
        return journal.fileOf(keeper.idOf(session));
    }

    private void settle() throws Exception {
        keeper.settled().get(20, TimeUnit.SECONDS);
    }

    @Test
    void anUnsavedChangeIsJournalledOnceTypingPauses() throws Exception {
        type("saved\nand a new sentence\n");
        settle();

        RecoveryJournal.Entry kept = journal.read(keeper.idOf(session)).orElseThrow();
        assertThat(kept.text()).isEqualTo("saved\nand a new sentence\n");
        assertThat(kept.file()).isEqualTo(session.getPath());
        assertThat(kept.pid()).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void theLatestTextWinsWhenTypingGoesOn() throws Exception {
        type("saved\na");
        type("saved\nab");
        type("saved\nabc");
        settle();

        assertThat(journal.read(keeper.idOf(session)).orElseThrow().text()).isEqualTo("saved\nabc");
    }

    @Test
    void savingRemovesTheEntryAndAWriteQueuedBeforeDoesNotBringItBack() throws Exception {
        type("saved\nfirst");
        settle();
        assertThat(entry()).exists();

        type("saved\nsecond");       // queued, waiting for typing to pause
        session.setDirty(false);     // then saved
        settle();

        assertThat(entry()).doesNotExist();
    }

    @Test
    void aPostThatWasNeverDirtyIsNotJournalled() throws Exception {
        session.publish(TextSnapshot.of(session.noteEdit(), "saved\n"));
        settle();

        assertThat(journal.folder()).doesNotExist();
    }

    @Test
    void flushWritesAtOnceWithoutWaitingForThePause() throws Exception {
        session.setDirty(true);
        session.publish(TextSnapshot.of(session.noteEdit(), "saved\nwritten on focus loss"));
        keeper.flush(session);
        WaitForAsyncUtils.waitFor(JournalKeeper.IDLE.toMillis() - 200, TimeUnit.MILLISECONDS,
                () -> Files.exists(entry()));

        assertThat(journal.read(keeper.idOf(session)).orElseThrow().text()).isEqualTo("saved\nwritten on focus loss");
    }

    @Test
    void closingTheTabOrQuittingCleanlyRemovesTheEntry() throws Exception {
        type("saved\nlet go");
        settle();
        Path kept = entry();
        keeper.discardAll();

        assertThat(kept).doesNotExist();
        assertThat(keeper.idOf(session)).isNull();
    }

    @Test
    void aJournalThatCannotBeWrittenIsToldOnce() throws Exception {
        Files.writeString(temp.resolve("data"), "a file where the data folder should be");
        type("saved\none");
        settle();
        type("saved\ntwo");
        settle();

        assertThat(problems).singleElement().asString().contains("Cannot keep a recovery copy of post.md")
                .contains("Save your work");
    }
}
