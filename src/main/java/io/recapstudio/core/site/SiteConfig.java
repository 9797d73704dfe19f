package io.recapstudio.core.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Hugo site's merged configuration (root config file and {@code config/_default/}, {@code config/production/}),
 * with every key lower-cased as Hugo treats them, and typed accessors for what Recap Studio uses.
 */
public final class SiteConfig {

    private final Map<String, Object> values;
    private final List<Path> files;
    private final Permalinks permalinks;

    /**
     * @param values merged config, keys lower-cased
     * @param files  the files read, relative to the site root, in the order they were merged
     */
    public SiteConfig(Map<String, Object> values, List<Path> files) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.files = List.copyOf(files);
        try {
            this.permalinks = Permalinks.fromConfig(values.get("permalinks"), slugs());
        } catch (IllegalArgumentException e) {
            throw new SiteException(files.isEmpty() ? null : files.get(0), 0, e.getMessage());
        }
    }

    /** The whole merged config (keys lower-case). */
    public Map<String, Object> values() {
        return values;
    }

    /** The config files read, relative to the site root. */
    public List<Path> files() {
        return files;
    }

    public Optional<String> baseURL() {
        return Maps.string(values, "baseurl");
    }

    public Optional<String> title() {
        return Maps.string(values, "title");
    }

    /** {@code contentDir}, {@code content} by default. */
    public String contentDir() {
        return Maps.string(values, "contentdir").orElse("content");
    }

    /** {@code defaultContentLanguage}, {@code en} by default. */
    public String defaultContentLanguage() {
        return Maps.string(values, "defaultcontentlanguage").orElse("en");
    }

    /** The configured languages, lightest weight first (empty for a single-language site). */
    public List<Language> languages() {
        List<Language> out = new ArrayList<>();
        Maps.map(values.get("languages")).forEach((code, v) -> {
            Map<String, Object> lang = Maps.map(v);
            int weight = lang.get("weight") instanceof Number n ? n.intValue() : 0;
            out.add(new Language(code, Maps.string(lang, "languagename").orElse(code), weight,
                    Maps.string(lang, "contentdir").orElse(null)));
        });
        out.sort(Comparator.comparingInt(Language::weight).thenComparing(Language::code));
        return out;
    }

    /** {@code module.mounts} of the project itself. */
    public List<ModuleMount> mounts() {
        List<ModuleMount> out = new ArrayList<>();
        for (Object item : Maps.list(Maps.getPath(values, List.of("module", "mounts")))) {
            Map<String, Object> m = Maps.map(item);
            Optional<String> source = Maps.string(m, "source");
            Optional<String> target = Maps.string(m, "target");
            if (source.isPresent() && target.isPresent()) {
                out.add(new ModuleMount(trimSlashes(source.get()), trimSlashes(target.get()),
                        Maps.string(m, "lang").orElse(null)));
            }
        }
        return out;
    }

    /** {@code module.imports}: the Hugo Modules (themes) the site imports. */
    public List<ModuleImport> imports() {
        List<ModuleImport> out = new ArrayList<>();
        for (Object item : Maps.list(Maps.getPath(values, List.of("module", "imports")))) {
            if (item instanceof String path) {
                out.add(new ModuleImport(path, false));
            } else {
                Map<String, Object> m = Maps.map(item);
                Maps.string(m, "path").ifPresent(p -> out.add(new ModuleImport(p, Maps.truthy(m.get("disable")))));
            }
        }
        return out;
    }

    /** {@code theme}: one name or a list, in Hugo's precedence order (the first wins). */
    public List<String> themes() {
        return Maps.list(values.get("theme")).stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
    }

    /** {@code themesDir}, {@code themes} by default. */
    public String themesDir() {
        return Maps.string(values, "themesdir").orElse("themes");
    }

    public Permalinks permalinks() {
        return permalinks;
    }

    /** {@code markup.goldmark.renderer.unsafe}: whether raw HTML in Markdown is rendered (Hugo: false). */
    public boolean unsafeHtml() {
        return Maps.truthy(Maps.getPath(values, List.of("markup", "goldmark", "renderer", "unsafe")));
    }

    /** Taxonomies, singular to plural; Hugo's default {@code tag: tags, category: categories} when not set. */
    public Map<String, String> taxonomies() {
        Object configured = values.get("taxonomies");
        if (!(configured instanceof Map<?, ?> map)) {
            return Map.of("tag", "tags", "category", "categories");
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    /** {@code params} (keys lower-case). */
    public Map<String, Object> params() {
        return Maps.map(values.get("params"));
    }

    /** {@code titleCaseStyle} for the {@code title} function: {@code ap} by default. */
    public String titleCaseStyle() {
        return Maps.string(values, "titlecasestyle").orElse("ap");
    }

    /** How this site turns titles into URL segments ({@code disablePathToLower}, {@code removePathAccents}). */
    public Slugs slugs() {
        return new Slugs(Maps.truthy(values.get("disablepathtolower")),
                Maps.truthy(values.get("removepathaccents")));
    }

    private static String trimSlashes(String s) {
        return s.replace('\\', '/').replaceAll("^/+|/+$", "");
    }
}
