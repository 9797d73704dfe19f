package io.recapstudio.core.site;

import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterDate;
import io.recapstudio.core.text.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the front matter of a content file for the site index. {@link #standard()} is the project's one
 * front-matter reader, the lossless parser of {@code core.frontmatter} that the editor, the form and the checks use:
 * the index and the editor can never disagree about a post (a date one calls valid and the other not). Tests may
 * stand in their own. Implementations must be safe to call from several threads at once.
 */
public interface FrontMatterReader {

    /**
     * @param file the file, for messages
     * @param text the file's whole text
     * @return empty when the file has no front matter
     * @throws SiteException naming the file and line when the front matter does not parse
     */
    Optional<FrontMatterValues> read(Path file, String text);

    /** The lossless reader: dates come back as the text written, values as plain maps, lists and scalars. */
    static FrontMatterReader standard() {
        return FrontMatterReader::readLossless;
    }

    private static Optional<FrontMatterValues> readLossless(Path file, String text) {
        FrontMatter fm = FrontMatter.parse(text);
        Optional<Diagnostic> error = fm.diagnostics().stream().filter(Diagnostic::isError).findFirst();
        if (error.isPresent()) {
            throw new SiteException(file, error.get().line(), error.get().message());
        }
        if (fm.format().isEmpty() || !fm.isPresent()) {
            return Optional.empty();
        }
        DataFormat format = switch (fm.format().get()) {
            case YAML -> DataFormat.YAML;
            case TOML -> DataFormat.TOML;
            case JSON -> DataFormat.JSON;
        };
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) plain(fm.values());
        return Optional.of(new FrontMatterValues(format, values));
    }

    /** Dates as the text written (the index learns the site's date style from it), the rest as it is. */
    private static Object plain(Object value) {
        if (value instanceof FrontMatterDate date) {
            return date.raw();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value;
    }
}
