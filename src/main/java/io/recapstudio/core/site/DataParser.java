package io.recapstudio.core.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.recapstudio.core.frontmatter.ParseLimits;
import io.recapstudio.core.frontmatter.TomlBounds;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML, TOML and JSON documents into plain Java values: {@code Map<String, Object>} (insertion ordered),
 * {@code List<Object>}, {@code String}, {@code Boolean}, {@code Long}/{@code Integer}, {@code Double} and null.
 * Dates are kept as text (YAML timestamps are not resolved; TOML date-times are written back as ISO text with
 * seconds), because Recap Studio cares about how a date is written, not only about the instant.
 * Thread-safe.
 */
public final class DataParser {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(ParseLimits.MAX_DEPTH)
                    .maxDocumentLength(ParseLimits.MAX_CHARS).build()).build());
    private static final String SUBJECT = "the file";
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(DataParser::newYaml);

    private static final String LIMIT_ADVICE = "; simplify it";

    private DataParser() {
    }

    /**
     * Refuses TOML {@code text} over the {@link ParseLimits} before tomlj parses it (tomlj recurses per nesting
     * level and is slow on huge arrays).
     *
     * @throws SiteException naming the file and line of the limit passed
     */
    static void checkTomlBounds(String text, Path file) {
        TomlBounds.check(text, SUBJECT).ifPresent(v -> {
            throw new SiteException(file, lineOf(text, v.offset()), v.problem() + LIMIT_ADVICE);
        });
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Parses one document whose top level must be a map (an empty document gives an empty map).
     *
     * @param file only for messages; may be null
     * @throws SiteException with the file and line of a syntax error, or of a {@link ParseLimits limit} passed
     *                       (too large, nested too deep, too many values or aliases)
     */
    public static Map<String, Object> parseMap(DataFormat format, String text, Path file) {
        Object value = parse(format, text, file);
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (value instanceof Map<?, ?> map) {
            return stringKeys(map);
        }
        throw new SiteException(file, 1, "expected a map of keys at the top level, found "
                + value.getClass().getSimpleName().toLowerCase(Locale.ROOT));
    }

    /**
     * Parses one value of any shape (a scalar, a flow list or map), as typed into a form field, within the same
     * {@link ParseLimits}; keys become strings, dates stay text.
     *
     * @param file only for messages; may be null
     * @throws SiteException for a syntax error or a limit passed
     */
    public static Object parseValue(DataFormat format, String text, Path file) {
        Object value = parse(format, text, file);
        return value instanceof Map<?, ?> || value instanceof List<?> ? normalize(value) : value;
    }

    private static Object parse(DataFormat format, String text, Path file) {
        if (text.length() > ParseLimits.MAX_CHARS) {
            throw new SiteException(file, 1, ParseLimits.tooLarge(SUBJECT, text.length()) + LIMIT_ADVICE);
        }
        Object value = switch (format) {
            case YAML -> parseYaml(text, file);
            case TOML -> parseToml(text, file);
            case JSON -> parseJson(text, file);
        };
        String over = ParseLimits.checkTree(value, SUBJECT);
        if (over != null) {
            throw new SiteException(file, 1, over + LIMIT_ADVICE);
        }
        return value;
    }

    /** A copy of a parsed map with every key, at every depth, in lower case (Hugo's config keys are). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> lowerCaseKeys(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), lowerCaseValue(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object lowerCaseValue(Object value) {
        if (value instanceof Map<?, ?> m) {
            return lowerCaseKeys((Map<String, Object>) m);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(lowerCaseValue(item)));
            return out;
        }
        return value;
    }

    private static Object parseYaml(String text, Path file) {
        try {
            return YAML.get().load(text);
        } catch (MarkedYAMLException e) {
            var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String context = e.getContext() == null ? "" : oneLine(e.getContext()) + ": ";
            throw new SiteException(file, line, "YAML syntax error: " + context + oneLine(e.getProblem()), e);
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.startsWith("Number of aliases")) {
                throw new SiteException(file, 0, ParseLimits.tooManyAliases(SUBJECT) + LIMIT_ADVICE, e);
            }
            if (message.contains("Nesting Depth exceeded")) {
                throw new SiteException(file, 0, ParseLimits.tooDeep(SUBJECT) + LIMIT_ADVICE, e);
            }
            if (message.contains("exceeds the limit")) {
                throw new SiteException(file, 0, ParseLimits.tooLarge(SUBJECT, text.length()) + LIMIT_ADVICE, e);
            }
            throw new SiteException(file, 0, "YAML error: " + oneLine(message), e);
        }
    }


    private static Object parseToml(String text, Path file) {
        checkTomlBounds(text, file);
        TomlParseResult result = Toml.parse(text);
        if (result.hasErrors()) {
            TomlParseError first = result.errors().get(0);
            throw new SiteException(file, first.position().line(), "TOML syntax error: " + first.getMessage());
        }
        return fromToml(result);
    }

    private static Object parseJson(String text, Path file) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (StreamConstraintsException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String problem = e.getMessage().contains("depth") ? ParseLimits.tooDeep(SUBJECT)
                    : ParseLimits.tooLarge(SUBJECT, text.length());
            throw new SiteException(file, line, problem + LIMIT_ADVICE, e);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SiteException(file, line, "JSON syntax error: " + oneLine(e.getOriginalMessage()), e);
        }
    }

    /** Converts tomlj values to plain Java values (tables to maps, arrays to lists, temporals to ISO text). */
    static Object fromToml(Object value) {
        if (value instanceof TomlTable table) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : table.entrySet()) {
                out.put(e.getKey(), fromToml(e.getValue()));
            }
            return out;
        }
        if (value instanceof TomlArray array) {
            List<Object> out = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                out.add(fromToml(array.get(i)));
            }
            return out;
        }
        if (value instanceof OffsetDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (value instanceof LocalDateTime t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            return value.toString();
        }
        return value;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
        return out;
    }

    private static Object normalize(Object value) {
        if (value instanceof Map<?, ?> m) {
            return stringKeys(m);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(normalize(item)));
            return out;
        }
        return value;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(ParseLimits.MAX_ALIASES);
        options.setNestingDepthLimit(ParseLimits.MAX_DEPTH);
        options.setCodePointLimit(ParseLimits.MAX_CHARS);
        options.setAllowRecursiveKeys(false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new NoTimestamps());
    }

    /** YAML 1.1 resolution as SnakeYAML does it, except that timestamps stay strings. */
    private static final class NoTimestamps extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML_PATTERN, "!&*", 10);
        }

        private static final java.util.regex.Pattern YAML_PATTERN = Resolver.YAML;
    }
}
