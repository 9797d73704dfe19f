package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.shortcode.Delimiter;
import io.recapstudio.core.site.DataFormat;
import io.recapstudio.core.site.DataParser;
import io.recapstudio.core.site.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's own catalog file, {@code .recap/shortcodes.yaml} (or {@code .yml}, {@code .toml}, {@code .json}), which
 * adds descriptions, groups, call forms, types, choices and defaults to any entry, or declares shortcodes no
 * template on disk shows (e.g. from a theme module that is not vendored):
 * <pre>
 * shortcodes:
 *   imgproc:
 *     description: Our card image
 *   blocks/cover:
 *     group: layout            # media, social, video, layout, site
 *     delimiter: "%"           # "&lt;" or "%"
 *     inner: true
 *     params:
 *       - name: height         # name and/or position identify the parameter
 *         type: choice         # string, integer, boolean, choice, resource, image-options, glob, page, url
 *         choices: [auto, min, med, max, full]
 *         default: max
 *         required: false
 *         description: Height of the cover block
 * </pre>
 */
public final class CatalogOverlay {

    /** Where the catalog file is looked for, relative to the site root, in this order. */
    public static final List<String> FILES = List.of(".recap/shortcodes.yaml", ".recap/shortcodes.yml",
            ".recap/shortcodes.toml", ".recap/shortcodes.json");

    private final Path file;
    private final Map<String, Map<String, Object>> entries;

    private CatalogOverlay(Path file, Map<String, Map<String, Object>> entries) {
        this.file = file;
        this.entries = entries;
    }

    /**
     * The site's catalog file, if it has one.
     *
     * @throws SiteException with file and line when it cannot be read or parsed, or has the wrong shape
     */
    public static Optional<CatalogOverlay> load(Path siteRoot) {
        for (String name : FILES) {
            Path file = siteRoot.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(read(file));
            }
        }
        return Optional.empty();
    }

    private static CatalogOverlay read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteException(file, 0, "cannot read the shortcode catalog: " + e.getMessage(), e);
        }
        Map<String, Object> data = DataParser.parseMap(DataFormat.ofFile(file).orElseThrow(), text, file);
        Object shortcodes = data.get("shortcodes");
        if (!(shortcodes instanceof Map<?, ?> map)) {
            throw new SiteException(file, 1, "expected a top-level \"shortcodes:\" map of shortcode name to entry");
        }
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> || e.getValue() == null)) {
                throw new SiteException(file, 0, "shortcodes." + e.getKey() + ": expected a map with description, "
                        + "group, delimiter, inner or params");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = e.getValue() == null ? Map.of() : (Map<String, Object>) e.getValue();
            entries.put(String.valueOf(e.getKey()), entry);
        }
        return new CatalogOverlay(file, entries);
    }

    /** The catalog file. */
    public Path file() {
        return file;
    }

    /** The shortcode names it mentions. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    /**
     * {@code base} with this file's additions applied; a new site entry when {@code base} is null.
     *
     * @throws SiteException naming the file and the key for an unknown group, delimiter or type
     */
    public ShortcodeEntry apply(String name, ShortcodeEntry base, String relativeFile) {
        Map<String, Object> e = entries.get(name);
        ShortcodeEntry start = base != null ? base : new ShortcodeEntry(name, ShortcodeSource.SITE, relativeFile,
                false, List.of(), ShortcodeGroup.SITE, null, Delimiter.ANGLE);
        if (e == null) {
            return start;
        }
        String where = "shortcodes." + name;
        ShortcodeGroup group = text(e, "group").map(g -> ShortcodeGroup.parse(g).orElseThrow(() -> bad(where
                + ".group", "\"" + g + "\" is not one of media, social, video, layout, site"))).orElse(start.group());
        Delimiter delimiter = text(e, "delimiter").map(d -> DelimiterIds.parse(d).orElseThrow(() ->
                bad(where + ".delimiter", "use \"<\" or \"%\""))).orElse(start.delimiter());
        boolean inner = e.get("inner") instanceof Boolean b ? b : start.inner();
        List<ParamSpec> params = new ArrayList<>(start.params());
        Object list = e.get("params");
        if (list != null && !(list instanceof List<?>)) {
            throw bad(where + ".params", "expected a list of parameters");
        }
        if (list instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                mergeParam(params, items.get(i), where + ".params[" + i + "]");
            }
        }
        return new ShortcodeEntry(start.name(), start.source(), start.file(), inner, params, group,
                text(e, "description").orElse(start.description()), delimiter);
    }

    private void mergeParam(List<ParamSpec> params, Object item, String where) {
        if (!(item instanceof Map<?, ?> raw)) {
            throw bad(where, "expected a map with name and/or position");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) raw;
        String name = text(p, "name").orElse(null);
        Integer position = p.get("position") instanceof Number n ? n.intValue() : null;
        if (name == null && position == null) {
            throw bad(where, "a parameter needs a name or a position");
        }
        int index = -1;
        for (int i = 0; i < params.size(); i++) {
            ParamSpec s = params.get(i);
            boolean same = name != null ? name.equalsIgnoreCase(s.name()) : position.equals(s.position());
            if (same) {
                index = i;
                break;
            }
        }
        ParamSpec old = index >= 0 ? params.get(index)
                : new ParamSpec(name, position, null, ParamType.STRING, List.of(), false, null, null);
        ParamType type = text(p, "type").map(t -> ParamType.parse(t).orElseThrow(() -> bad(where + ".type", "\""
                + t + "\" is not one of string, integer, boolean, choice, resource, image-options, glob, page, url")))
                .orElse(old.type());
        List<String> choices = p.get("choices") instanceof List<?> c ? c.stream().map(String::valueOf).toList()
                : old.choices();
        if (!choices.isEmpty() && text(p, "type").isEmpty()) {
            type = ParamType.CHOICE;
        }
        ParamSpec merged = new ParamSpec(name != null ? name : old.name(), position != null ? position
                : old.position(), text(p, "default").orElse(old.defaultValue()), type, choices,
                p.get("required") instanceof Boolean b ? b : old.required(),
                text(p, "description").orElse(old.description()), old.since());
        if (index >= 0) {
            params.set(index, merged);
        } else {
            params.add(merged);
        }
    }

    private static Optional<String> text(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null || v instanceof Map || v instanceof List ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    private SiteException bad(String key, String what) {
        return new SiteException(file, 0, key + ": " + what);
    }
}
