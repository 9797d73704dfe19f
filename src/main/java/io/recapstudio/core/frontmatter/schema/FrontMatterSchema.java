package io.recapstudio.core.frontmatter.schema;

import io.recapstudio.core.post.PostPaths;
import io.recapstudio.core.site.DataFormat;
import io.recapstudio.core.site.DataParser;
import io.recapstudio.core.site.IndexedPost;
import io.recapstudio.core.site.KeyUsage;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.site.SiteIndex;
import io.recapstudio.core.site.ValueType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a recap post's front matter is expected to have: built in, refined from a site's existing posts (keys
 * present in nearly every post become required, their usual types and the site's tags and categories are learnt),
 * and optionally adjusted by a schema file in the site repo, {@code .recap/frontmatter.yaml}:
 * <pre>
 * fields:
 *   - key: event             # the front-matter key
 *     label: Event           # the form's label (default: the key)
 *     kind: text             # text, multiline, date, boolean, list, text-or-list, url, image, resources, other
 *     required: true         # expected in every post (a missing one is a warning)
 *     values: [KubeCon EU, KubeCon NA]   # known values offered for completion
 * </pre>
 * A listed key that the built-in schema has replaces it; others are added.
 */
public final class FrontMatterSchema {

    /** Where the schema file is looked for, relative to the site root. */
    public static final String FILE = ".recap/frontmatter.yaml";

    /** A key in at least this share of the site's posts is required. */
    static final double REQUIRED_SHARE = 0.9;

    private final Map<String, FieldSpec> fields;
    /** Keys required by the built-in schema or the site's schema file, not merely learnt from its posts. */
    private final Set<String> declaredRequired;

    private FrontMatterSchema(Map<String, FieldSpec> fields, Set<String> declaredRequired) {
        this.fields = fields;
        this.declaredRequired = Set.copyOf(declaredRequired);
    }

    /** The built-in schema for recap posts. */
    public static FrontMatterSchema builtIn() {
        Map<String, FieldSpec> f = new LinkedHashMap<>();
        put(f, FieldSpec.of("title", "Title", FieldKind.TEXT, true));
        put(f, FieldSpec.of("date", "Date", FieldKind.DATE, false));
        put(f, FieldSpec.of("author", "Author", FieldKind.TEXT_OR_LIST, false));
        put(f, FieldSpec.of("description", "Description", FieldKind.MULTILINE, false));
        put(f, FieldSpec.of("slug", "Slug", FieldKind.TEXT, false));
        put(f, FieldSpec.of("url", "URL", FieldKind.URL, false));
        put(f, FieldSpec.of("tags", "Tags", FieldKind.LIST, false));
        put(f, FieldSpec.of("categories", "Categories", FieldKind.LIST, false));
        put(f, FieldSpec.of("draft", "Draft", FieldKind.BOOLEAN, false));
        put(f, FieldSpec.of("aliases", "Aliases", FieldKind.LIST, false));
        put(f, FieldSpec.of("featured_image", "Featured image", FieldKind.IMAGE, false));
        put(f, FieldSpec.of("resources", "Resources", FieldKind.RESOURCES, false));
        return new FrontMatterSchema(f, Set.of("title"));
    }

    private static void put(Map<String, FieldSpec> fields, FieldSpec spec) {
        fields.put(spec.key().toLowerCase(Locale.ROOT), spec);
    }

    /** The built-in schema refined by the site's posts and its schema file (if any). */
    public static FrontMatterSchema forSite(Path siteRoot, SiteIndex index) {
        return forSite(siteRoot, index, null);
    }

    /** Like {@link #forSite(Path, SiteIndex)}, learning only from the posts other than {@code self}. */
    public static FrontMatterSchema forSite(Path siteRoot, SiteIndex index, Path self) {
        return builtIn().refine(index, self).with(loadFile(siteRoot));
    }

    /**
     * This schema with what the site's posts other than {@code self} (may be null) say: keys nearly every post has
     * become required, the site's own keys are added with their usual type, tags and categories are learnt.
     */
    public FrontMatterSchema refine(SiteIndex index, Path self) {
        Path me = self == null ? null : PostPaths.canonical(self);
        List<IndexedPost> others = index.posts().stream().filter(p -> me == null || !isSelf(p.post().file(), me))
                .toList();
        Map<String, FieldSpec> f = new LinkedHashMap<>(fields);
        if (!others.isEmpty()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            others.forEach(p -> p.frontMatter().keySet().forEach(k -> counts.merge(k.toLowerCase(Locale.ROOT), 1,
                    Integer::sum)));
            for (KeyUsage usage : index.keys().values()) {
                String key = usage.key().toLowerCase(Locale.ROOT);
                boolean required = counts.getOrDefault(key, 0) >= REQUIRED_SHARE * others.size();
                FieldSpec known = f.get(key);
                f.put(key, known != null ? known.withRequired(required || key.equals("title"))
                        : new FieldSpec(usage.key(), usage.key(), kindOf(usage.usualType()), required, List.of()));
            }
        }
        for (String taxonomy : List.of("tags", "categories", "author")) {
            List<String> values = termsOf(others, taxonomy);
            f.computeIfPresent(taxonomy, (k, v) -> v.withValues(values));
        }
        return new FrontMatterSchema(f, declaredRequired);
    }

    private static boolean isSelf(Path file, Path me) {
        return Objects.equals(file.getFileName(), me.getFileName()) && PostPaths.canonical(file).equals(me);
    }

    /** The values of a list (or single string) key across posts, most used first. */
    private static List<String> termsOf(List<IndexedPost> posts, String key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (IndexedPost post : posts) {
            post.frontMatter().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key))
                    .map(Map.Entry::getValue).forEach(value -> {
                        if (value instanceof List<?> list) {
                            list.forEach(item -> counts.merge(String.valueOf(item), 1, Integer::sum));
                        } else if (value instanceof String text && !text.isBlank()) {
                            counts.merge(text, 1, Integer::sum);
                        }
                    });
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static FieldKind kindOf(ValueType type) {
        return switch (type) {
            case DATE -> FieldKind.DATE;
            case BOOLEAN -> FieldKind.BOOLEAN;
            case LIST -> FieldKind.LIST;
            case STRING -> FieldKind.TEXT;
            default -> FieldKind.OTHER;
        };
    }

    /** This schema with {@code extra} fields replacing or adding to its own. */
    public FrontMatterSchema with(List<FieldSpec> extra) {
        Map<String, FieldSpec> f = new LinkedHashMap<>(fields);
        Set<String> declared = new java.util.HashSet<>(declaredRequired);
        extra.forEach(spec -> {
            put(f, spec);
            String key = spec.key().toLowerCase(Locale.ROOT);
            if (spec.required()) {
                declared.add(key);
            } else {
                declared.remove(key);
            }
        });
        return new FrontMatterSchema(f, declared);
    }

    /**
     * The fields of the site's schema file, or none when it has no such file.
     *
     * @throws SiteException with the file when it cannot be read or has the wrong shape
     */
    public static List<FieldSpec> loadFile(Path siteRoot) {
        Path file = siteRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteException(file, 0, "cannot read the front-matter schema: " + e.getMessage(), e);
        }
        Object list = DataParser.parseMap(DataFormat.YAML, text, file).get("fields");
        if (!(list instanceof List<?> entries)) {
            throw new SiteException(file, 1, "expected a top-level \"fields:\" list of {key, label, kind, required,"
                    + " values}");
        }
        List<FieldSpec> specs = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> map) || !(map.get("key") instanceof String key)) {
                throw new SiteException(file, 1, "each field needs a key, e.g. - key: event");
            }
            specs.add(new FieldSpec(key, Optional.ofNullable(map.get("label")).map(String::valueOf).orElse(key),
                    kind(file, map.get("kind")), Boolean.TRUE.equals(map.get("required")), values(map.get("values"))));
        }
        return specs;
    }

    private static FieldKind kind(Path file, Object value) {
        if (value == null) {
            return FieldKind.TEXT;
        }
        try {
            return FieldKind.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new SiteException(file, 1, "unknown field kind \"" + value + "\"; use text, multiline, date, "
                    + "boolean, list, text-or-list, url, image, resources or other");
        }
    }

    private static List<String> values(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** Every field, built-in ones first. */
    public List<FieldSpec> fields() {
        return List.copyOf(fields.values());
    }

    /**
     * True when {@code key} is required by the built-in schema ({@code title}) or the site's schema file; false when
     * it is required only because nearly every post of the site has it (a convention, not a rule).
     */
    public boolean isDeclaredRequired(String key) {
        return declaredRequired.contains(key.toLowerCase(Locale.ROOT));
    }

    /** The field for {@code key} (ignoring case, as Hugo does). */
    public Optional<FieldSpec> field(String key) {
        return Optional.ofNullable(fields.get(key.toLowerCase(Locale.ROOT)));
    }
}
