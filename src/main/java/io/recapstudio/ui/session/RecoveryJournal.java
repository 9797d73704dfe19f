package io.recapstudio.ui.session;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recapstudio.core.post.AtomicFiles;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The recovery journal: for every open post with unsaved changes, one file {@code recovery/ID.json} in the user's
 * data folder holding the editor's text, the post's file (none for a post never saved) and the process that wrote
 * it. Files are written atomically, so an entry is the previous text or the new one, never a part. After a crash the
 * entries of processes that are no longer running are {@linkplain #left() left over}, and the next start offers them
 * back. Thread-safe: each method touches only the files it names.
 */
public final class RecoveryJournal {

    /** The journal's folder inside the user's data folder. */
    public static final String FOLDER = "recovery";

    private static final System.Logger LOG = System.getLogger(RecoveryJournal.class.getName());
    private static final String SUFFIX = ".json";
    private static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Path folder;

    public RecoveryJournal(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The journal in {@code dataDir/recovery}. */
    public static RecoveryJournal in(Path dataDir) {
        return new RecoveryJournal(dataDir.resolve(FOLDER));
    }

    public Path folder() {
        return folder;
    }

    /**
     * One journalled post.
     *
     * @param id           the entry's name in the journal
     * @param file         the post's file, or null for a post never saved
     * @param name         the post's name as its tab showed it
     * @param text         the editor's text (LF line breaks)
     * @param written      when the entry was written
     * @param pid          the process that wrote it
     * @param processStart when that process started (null when the system does not say), to tell a running writer
     *                     from a reused process id
     */
    public record Entry(String id, Path file, String name, String text, Instant written, long pid,
                        Instant processStart) {
    }

    /** A new entry id. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** An entry for {@code text}, written now by this process. */
    public static Entry entry(String id, Path file, String name, String text) {
        ProcessHandle self = ProcessHandle.current();
        return new Entry(id, file, name, text, Instant.now(), self.pid(), self.info().startInstant().orElse(null));
    }

    /** The file of entry {@code id}. */
    public Path fileOf(String id) {
        return folder.resolve(id + SUFFIX);
    }

    /** Writes {@code entry} atomically, replacing an older entry of the same id. */
    public void write(Entry entry) throws IOException {
        Files.createDirectories(folder);
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("id", entry.id());
        node.put("file", entry.file() == null ? null : entry.file().toString());
        node.put("name", entry.name());
        node.put("written", entry.written().toString());
        node.put("pid", entry.pid());
        node.put("processStart", entry.processStart() == null ? null : entry.processStart().toString());
        node.put("text", entry.text());
        AtomicFiles.write(fileOf(entry.id()), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
    }

    /** Removes entry {@code id} (nothing happens when it is not there). */
    public void delete(String id) throws IOException {
        Files.deleteIfExists(fileOf(id));
    }

    /** Reads entry {@code id}, if it is there and readable. */
    public Optional<Entry> read(String id) {
        return read(fileOf(id));
    }

    /**
     * The entries no running program is keeping: those of processes that ended (crashed, killed, or quit without
     * cleaning up), oldest first. Entries of this process and of another running Recap Studio are not listed. An
     * entry that cannot be read is renamed to {@code ID.json.unreadable}, logged, and not listed.
     */
    public List<Entry> left() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                read(file).filter(e -> !isRunning(e)).ifPresent(out::add);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list the recovery journal in " + folder, e);
        }
        out.sort(Comparator.comparing(Entry::written));
        return out;
    }

    private Optional<Entry> read(Path file) {
        try {
            JsonNode node = JSON.readTree(Files.readAllBytes(file));
            String text = node.path("text").textValue();
            String written = node.path("written").textValue();
            if (text == null || written == null || !node.path("pid").canConvertToLong()) {
                throw new IOException("not a recovery journal entry");
            }
            String name = file.getFileName().toString();
            return Optional.of(new Entry(name.substring(0, name.length() - SUFFIX.length()),
                    optionalPath(node.path("file").textValue()), node.path("name").asText("Untitled"), text,
                    Instant.parse(written), node.path("pid").asLong(),
                    Optional.ofNullable(node.path("processStart").textValue()).map(Instant::parse).orElse(null)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The recovery journal entry " + file + " cannot be read; it is kept as "
                    + file.getFileName() + ".unreadable", e);
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".unreadable"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(Level.WARNING, "Cannot rename " + file, moveFailed);
            }
            return Optional.empty();
        }
    }

    private static Path optionalPath(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /** True when the process that wrote {@code entry} is this one or another that is still running. */
    static boolean isRunning(Entry entry) {
        return ProcessHandle.of(entry.pid()).filter(ProcessHandle::isAlive)
                .filter(p -> entry.processStart() == null || p.info().startInstant().map(entry.processStart()::equals)
                        .orElse(true))
                .isPresent();
    }
}
