package io.recapstudio.core.site.archetype;

import io.recapstudio.core.post.PageBundle;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new bundle, worked out but not written yet.
 *
 * @param bundleDir the folder to create (does not exist yet)
 * @param section   the section it goes into
 * @param folder    its path below the section folder, e.g. {@code 2024-05-06-reef-day}
 * @param archetype the archetype used, if any
 * @param files     the files to write, by path relative to {@code bundleDir} ({@code index.md} always)
 * @param source    how the front matter was made, for messages: "the archetype …", "the conventions of N posts", …
 * @param notes     what the author should check (guessed values), one line each
 */
public record NewBundlePlan(Path bundleDir, String section, String folder, Optional<Archetype> archetype,
                            Map<String, byte[]> files, String source, List<String> notes) {

    public NewBundlePlan {
        files = Map.copyOf(files);
        notes = List.copyOf(notes);
    }

    /** The new post's {@code index.md}. */
    public Path indexFile() {
        return bundleDir.resolve(PageBundle.INDEX);
    }

    /** The text of {@code index.md}. */
    public String indexText() {
        return new String(files.get(PageBundle.INDEX), java.nio.charset.StandardCharsets.UTF_8);
    }
}
