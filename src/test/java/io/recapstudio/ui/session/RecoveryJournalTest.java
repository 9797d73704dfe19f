package io.recapstudio.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryJournalTest {

    @TempDir
    Path temp;

    /** A process that has ended: its id and start time, as a crashed app's entry records them. */
    static RecoveryJournal.Entry byEndedProcess(String id, Path file, String text) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Instant start = ended.info().startInstant().orElse(Instant.EPOCH);
        return new RecoveryJournal.Entry(id, file, "crashed-post", text, Instant.now(), ended.pid(), start);
    }

    @Test
    void anEntryKeepsEveryCharacterOfTheText() throws Exception {
        RecoveryJournal journal = RecoveryJournal.in(temp);
        String text = "---\ntitle: \"Café\"\n---\n\n\uD83C\uDF89 booth\u0000 and an undecodable byte \uDCE9\r\n";
        journal.write(byEndedProcess("a", temp.resolve("post/index.md"), text));

        RecoveryJournal.Entry back = journal.read("a").orElseThrow();
        assertThat(back.text()).isEqualTo(text);
        assertThat(back.file()).isEqualTo(temp.resolve("post/index.md"));
        assertThat(journal.fileOf("a")).isEqualTo(temp.resolve("recovery/a.json"));
    }

    @Test
    void entriesOfEndedProcessesAreLeftOverAndThoseOfRunningOnesAreNot() throws Exception {
        RecoveryJournal journal = RecoveryJournal.in(temp);
        journal.write(byEndedProcess("crashed", null, "lost words"));
        journal.write(RecoveryJournal.entry("mine", null, "open here", "still being typed"));

        assertThat(journal.left()).extracting(RecoveryJournal.Entry::id).containsExactly("crashed");
    }

    @Test
    void anUnreadableEntryIsSetAsideNotOfferedAndNotLost() throws Exception {
        RecoveryJournal journal = RecoveryJournal.in(temp);
        Files.createDirectories(journal.folder());
        Files.writeString(journal.fileOf("torn"), "{\"text\": \"half");

        assertThat(journal.left()).isEmpty();
        assertThat(journal.folder().resolve("torn.json.unreadable")).hasContent("{\"text\": \"half");
    }

    @Test
    void deletingRemovesTheEntry() throws Exception {
        RecoveryJournal journal = RecoveryJournal.in(temp);
        journal.write(byEndedProcess("gone", null, "x"));
        journal.delete("gone");
        journal.delete("never-there");

        assertThat(journal.left()).isEmpty();
        assertThat(Files.list(journal.folder())).isEmpty();
    }
}
