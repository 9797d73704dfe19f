package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed, read-only view of a post's front matter over the post's original text: where the block is, each
 * top-level key with the lines it occupies, the values (typed accessors for the keys Hugo and recap posts use, and
 * {@link #get(KeyPath)} for every other key of any shape), and the diagnostics of a malformed block.
 *
 * <p>Parsing never throws: malformed front matter gives an error diagnostic with its line and column (rule
 * {@value #SYNTAX_RULE}, or {@value #UNTERMINATED_RULE} when the closing delimiter is missing), no entries, and the
 * text untouched. Keys are looked up as Hugo does, without regard to case.
 */
public final class FrontMatter {

    /** Rule id of a syntax error inside the front matter. */
    public static final String SYNTAX_RULE = RuleId.FRONTMATTER_SYNTAX.id();
    /** Rule id of a front matter block without its closing delimiter. */
    public static final String UNTERMINATED_RULE = RuleId.FRONTMATTER_UNTERMINATED.id();
    /** Rule id of a key written twice in the same map. */
    public static final String DUPLICATE_KEY_RULE = RuleId.FRONTMATTER_DUPLICATE_KEY.id();

    private final String text;
    private final FrontMatterBlock block;
    private final List<FrontMatterEntry> entries;
    private final Map<String, Object> values;
    private final List<Diagnostic> diagnostics;
    private final Object layout;

    FrontMatter(String text, FrontMatterBlock block, List<FrontMatterEntry> entries, List<Diagnostic> diagnostics,
                Object layout) {
        this.text = text;
        this.block = block;
        this.entries = List.copyOf(entries);
        Map<String, Object> map = new LinkedHashMap<>();
        for (FrontMatterEntry entry : entries) {
            map.put(entry.key(), entry.value());
        }
        this.values = Collections.unmodifiableMap(map);
        this.diagnostics = List.copyOf(diagnostics);
        this.layout = layout;
    }

    /**
     * Parses the front matter at the top of {@code postText}; never throws. Characters that stand for undecodable
     * bytes (lone surrogates) read as U+FFFD, as Hugo shows them; offsets are those of {@code postText}.
     */
    public static FrontMatter parse(String postText) {
        Optional<FrontMatterBlock> located = FrontMatterLocator.locate(postText);
        String readable = located.map(b -> replaceLoneSurrogates(postText, b.range().end())).orElse(postText);
        FrontMatter parsed = parseReadable(readable);
        if (readable == postText) {
            return parsed;
        }
        return new FrontMatter(postText, parsed.block, parsed.entries, parsed.diagnostics, parsed.layout);
    }

    /** {@code text} with lone surrogates before {@code end} read as U+FFFD (the same text when there are none). */
    private static String replaceLoneSurrogates(String text, int end) {
        StringBuilder out = null;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
            if (lone) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    /** Line numbers for the part of {@code text} up to the end of {@code block}, all that readers look at. */
    static LineIndex linesOf(String text, FrontMatterBlock block) {
        return LineIndex.of(text.subSequence(0, block.range().end()));
    }

    private static FrontMatter parseReadable(String postText) {
        Optional<FrontMatterBlock> located = FrontMatterLocator.locate(postText);
        if (located.isEmpty()) {
            return new FrontMatter(postText, null, List.of(), List.of(), null);
        }
        FrontMatterBlock block = located.get();
        if (!block.terminated()) {
            return unterminated(postText, block);
        }
        try {
            return switch (block.format()) {
                case YAML -> YamlReader.read(postText, block);
                case TOML -> TomlReader.read(postText, block);
                case JSON -> JsonReader.read(postText, block);
            };
        } catch (RuntimeException e) {
            // A parser bug must not lose the post: report it where the block starts and keep the text.
            Diagnostic d = Diagnostic.at(LineIndex.of(postText), TextRange.empty(block.range().start()),
                    Severity.ERROR, SYNTAX_RULE, "The " + block.format().displayName() + " front matter could not be "
                            + "read (" + e + "). Check its syntax; the text is kept as it is.");
            return new FrontMatter(postText, block, List.of(), List.of(d), null);
        }
    }

    private static FrontMatter unterminated(String postText, FrontMatterBlock block) {
        FrontMatterFormat format = block.format();
        String message = format == FrontMatterFormat.JSON
                ? "The JSON front matter that starts here never closes its '{'. Add the missing '}' after the last key."
                : "The " + format.displayName() + " front matter that starts here has no closing '" + format.closing()
                        + "' line. Add a line with '" + format.closing() + "' after the last key.";
        Diagnostic d = Diagnostic.at(LineIndex.of(postText), TextRange.of(block.range().start(),
                block.range().start() + format.opening().length()), Severity.ERROR, UNTERMINATED_RULE, message);
        return new FrontMatter(postText, block, List.of(), List.of(d), null);
    }

    /** The post text this view was parsed from. */
    public String text() {
        return text;
    }

    /** True when the post has a front matter block (even a malformed one). */
    public boolean isPresent() {
        return block != null;
    }

    /** True when the post has front matter without errors, or none at all. */
    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /** The block's format; empty when the post has no front matter. */
    public Optional<FrontMatterFormat> format() {
        return Optional.ofNullable(block).map(FrontMatterBlock::format);
    }

    /** Where the block is; empty when the post has none. */
    public Optional<FrontMatterBlock> block() {
        return Optional.ofNullable(block);
    }

    /** Offset where the body starts: after the block's closing line, or 0 without front matter. */
    public int bodyStart() {
        if (block == null) {
            return 0;
        }
        return block.terminated() ? block.range().end() : 0;
    }

    /** Syntax errors ({@code frontmatter-syntax}, {@code frontmatter-unterminated}) and duplicate-key warnings. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The top-level keys in file order. */
    public List<FrontMatterEntry> entries() {
        return entries;
    }

    /** The top-level values in file order, keyed as written. */
    public Map<String, Object> values() {
        return values;
    }

    /** The entry of top-level {@code key} (exact spelling first, then ignoring case). */
    public Optional<FrontMatterEntry> entry(String key) {
        for (FrontMatterEntry entry : entries) {
            if (entry.key().equals(key)) {
                return Optional.of(entry);
            }
        }
        for (FrontMatterEntry entry : entries) {
            if (entry.key().equalsIgnoreCase(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** True when {@code path} is present (even with a null value). */
    public boolean has(KeyPath path) {
        return Values.lookup(values, path).isPresent();
    }

    /** The value at {@code path}; empty when absent or null. */
    public Optional<Object> get(KeyPath path) {
        return Values.lookup(values, path).flatMap(v -> Optional.ofNullable(v.value()));
    }

    /** The value at the path of {@code keys}, e.g. {@code get("params", "author")}. */
    public Optional<Object> get(String... keys) {
        return get(KeyPath.of(keys));
    }

    /** {@code title} as text; empty when absent. */
    public Optional<String> title() {
        return string("title");
    }

    /** {@code description} as text; empty when absent. */
    public Optional<String> description() {
        return string("description");
    }

    /** {@code url} as text; empty when absent. */
    public Optional<String> url() {
        return string("url");
    }

    /** {@code slug} as text; empty when absent. */
    public Optional<String> slug() {
        return string("slug");
    }

    /** The publication date; a quoted date string is parsed too. Empty when absent or not a date. */
    public Optional<FrontMatterDate> date() {
        return dateOf("date");
    }

    /** {@code lastmod}, as {@link #date()} reads {@code date}. */
    public Optional<FrontMatterDate> lastmod() {
        return dateOf("lastmod");
    }

    /** {@code publishDate}, as {@link #date()} reads {@code date}. */
    public Optional<FrontMatterDate> publishDate() {
        return dateOf("publishDate");
    }

    /** {@code expiryDate}, as {@link #date()} reads {@code date}. */
    public Optional<FrontMatterDate> expiryDate() {
        return dateOf("expiryDate");
    }

    /** The date at {@code path}, whether written as a date or as a string holding one. */
    public Optional<FrontMatterDate> dateOf(String... keys) {
        return get(keys).flatMap(Values::asDate);
    }

    /** {@code draft}, accepting YAML 1.1 {@code yes}/{@code no} and the strings Hugo accepts; false when absent. */
    public boolean draft() {
        return get("draft").flatMap(Values::asBoolean).orElse(false);
    }

    /**
     * The authors, in this order and without repeats: {@code author} (one or a list), {@code authors},
     * {@code params.author}, {@code params.authors}.
     */
    public List<String> authors() {
        List<String> out = new ArrayList<>();
        for (KeyPath path : List.of(KeyPath.of("author"), KeyPath.of("authors"), KeyPath.of("params", "author"),
                KeyPath.of("params", "authors"))) {
            for (String name : Values.asStrings(get(path).orElse(null))) {
                if (!out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** {@code tags}: a list, or a single value as a list of one; empty when absent. */
    public List<String> tags() {
        return Values.asStrings(get("tags").orElse(null));
    }

    /** {@code categories}, read as {@link #tags()}. */
    public List<String> categories() {
        return Values.asStrings(get("categories").orElse(null));
    }

    /** {@code aliases}, read as {@link #tags()}. */
    public List<String> aliases() {
        return Values.asStrings(get("aliases").orElse(null));
    }

    /** The {@code resources} metadata entries (maps with {@code src}, {@code name}, {@code title}, {@code params}). */
    public List<Map<String, Object>> resources() {
        return Values.asMaps(get("resources").orElse(null));
    }

    /** The {@code params} map; empty when absent. */
    public Map<String, Object> params() {
        return Values.asMaps(get("params").map(List::<Object>of).orElse(null)).stream().findFirst().orElse(Map.of());
    }

    private Optional<String> string(String key) {
        return get(key).map(Values::asString);
    }

    Object layout() {
        return layout;
    }

    /** Lower-case form used to compare keys the way Hugo does. */
    static String fold(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
