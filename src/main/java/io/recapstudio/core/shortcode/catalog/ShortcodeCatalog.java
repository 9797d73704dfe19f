package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.shortcode.InnerContent;
import io.recapstudio.core.shortcode.ShortcodeKinds;
import io.recapstudio.core.site.HugoVersion;
import io.recapstudio.core.site.HugoVersionPin;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shortcodes a post can use, for the palette, the parser and the checks: the built-ins, the site's and its
 * themes' templates, and the site's catalog file ({@link CatalogOverlay}). A template with a built-in's name
 * overrides it (keeping the built-in's group, descriptions and parameter types where the template says nothing
 * else); a site template beats a theme's, and an earlier theme beats a later one. {@link #entries()} lists what the
 * site's Hugo version offers ({@code tweet} or {@code x}, the {@code youtube} parameters of 0.125); {@link #find}
 * knows every entry, for messages about the others. As {@link ShortcodeKinds} it tells the parser which shortcodes
 * take inner content; chain it before the parser's table for names it does not know:
 * {@code catalog.orElse(ShortcodeKinds.builtIn())}. Immutable.
 */
public final class ShortcodeCatalog implements ShortcodeKinds {

    private final Map<String, ShortcodeEntry> all;
    private final ShortcodeVersionRules rules;
    private final List<String> problems;

    private ShortcodeCatalog(Map<String, ShortcodeEntry> all, ShortcodeVersionRules rules, List<String> problems) {
        this.all = all;
        this.rules = rules;
        this.problems = List.copyOf(problems);
    }

    /** Built-ins only, Hugo version unknown. */
    public static ShortcodeCatalog builtins() {
        return builtins(null);
    }

    /** Built-ins only, for an exact Hugo version (null: unknown). */
    public static ShortcodeCatalog builtins(HugoVersion version) {
        Map<String, ShortcodeEntry> all = new LinkedHashMap<>();
        BuiltinShortcodes.all().forEach(e -> all.put(e.name(), e));
        return new ShortcodeCatalog(all, ShortcodeVersionRules.forVersion(version), List.of());
    }

    /**
     * The catalog of a site: built-ins, theme and site templates, and the site's catalog file, with the site's
     * Hugo version. Templates or a catalog file that cannot be read are listed in {@link #problems()}.
     */
    public static ShortcodeCatalog forSite(Site site) {
        List<String> problems = new ArrayList<>();
        SiteShortcodeScanner.Scan scan = SiteShortcodeScanner.scan(site);
        problems.addAll(scan.problems());
        Map<String, ShortcodeEntry> all = new LinkedHashMap<>();
        BuiltinShortcodes.all().forEach(e -> all.put(e.name(), e));
        Set<String> templateNames = new LinkedHashSet<>();
        List<ShortcodeEntry> templates = new ArrayList<>(scan.themes());
        java.util.Collections.reverse(templates);
        templates.addAll(scan.site());
        for (ShortcodeEntry t : templates) {
            all.put(t.name(), overriding(all.get(t.name()), t));
            templateNames.add(t.name());
        }
        applyOverlay(site.root(), all, problems);
        Optional<HugoVersionPin> pin = site.hugoVersionPin();
        return new ShortcodeCatalog(all, ShortcodeVersionRules.of(pin, templateNames), problems);
    }

    private static void applyOverlay(Path root, Map<String, ShortcodeEntry> all, List<String> problems) {
        try {
            CatalogOverlay.load(root).ifPresent(overlay -> {
                String file = root.relativize(overlay.file()).toString().replace('\\', '/');
                for (String name : overlay.names()) {
                    try {
                        all.put(name, overlay.apply(name, all.get(name), file));
                    } catch (SiteException e) {
                        problems.add(e.getMessage());
                    }
                }
            });
        } catch (SiteException e) {
            problems.add(e.getMessage());
        }
    }

    /** A template entry taking over a built-in of the same name: the template decides, the built-in fills gaps. */
    private static ShortcodeEntry overriding(ShortcodeEntry below, ShortcodeEntry template) {
        if (below == null) {
            return template;
        }
        List<ParamSpec> params = new ArrayList<>();
        for (ParamSpec p : template.params()) {
            Optional<ParamSpec> known = p.name() != null ? below.param(p.name()) : Optional.empty();
            known = known.or(() -> p.position() != null ? below.param(p.position()) : Optional.empty());
            params.add(known.map(k -> enrich(p, k)).orElse(p));
        }
        return new ShortcodeEntry(template.name(), template.source(), template.file(), template.inner(), params,
                template.group() == ShortcodeGroup.SITE ? below.group() : template.group(),
                template.description() != null ? template.description() : below.description(),
                template.delimiter());
    }

    private static ParamSpec enrich(ParamSpec inferred, ParamSpec known) {
        boolean plain = inferred.type() == ParamType.STRING && inferred.choices().isEmpty();
        return new ParamSpec(inferred.name() != null ? inferred.name() : known.name(),
                inferred.position() != null ? inferred.position() : known.position(),
                inferred.defaultValue() != null ? inferred.defaultValue() : known.defaultValue(),
                plain ? known.type() : inferred.type(), plain ? known.choices() : inferred.choices(),
                inferred.required() || known.required(),
                inferred.description() != null ? inferred.description() : known.description(), null);
    }

    /**
     * What the site's Hugo offers, sorted by name: built-ins the version lacks are left out, and so are built-in
     * parameters it lacks ({@code tweet} from 0.156, {@code x} below 0.141, youtube's {@code start} below 0.125).
     */
    public List<ShortcodeEntry> entries() {
        return all.values().stream().filter(e -> e.source() != ShortcodeSource.BUILTIN || rules.isAvailable(e.name()))
                .map(e -> e.source() == ShortcodeSource.BUILTIN
                        ? e.withParams(e.params().stream().filter(rules::isAvailable).toList()) : e)
                .sorted(Comparator.comparing(ShortcodeEntry::name)).toList();
    }

    /** Every entry, also those the site's Hugo version lacks. */
    public List<ShortcodeEntry> allEntries() {
        return all.values().stream().sorted(Comparator.comparing(ShortcodeEntry::name)).toList();
    }

    /** {@link #entries()} by palette group. */
    public Map<ShortcodeGroup, List<ShortcodeEntry>> byGroup() {
        Map<ShortcodeGroup, List<ShortcodeEntry>> groups = new EnumMap<>(ShortcodeGroup.class);
        entries().forEach(e -> groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e));
        return groups;
    }

    /** The entry of this name (exact, else ignoring case), available in the site's Hugo or not. */
    public Optional<ShortcodeEntry> find(String name) {
        ShortcodeEntry exact = all.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return all.values().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Whether a shortcode takes inner content (needs a closing tag): empty when the catalog does not know it. For
     * the shortcode parser, which cannot tell {@code {{< a >}}} (self-contained) from an opening tag by itself.
     */
    public Optional<Boolean> takesInner(String name) {
        return find(name).map(ShortcodeEntry::inner);
    }

    /**
     * {@link InnerContent#REQUIRED} for an entry that takes inner content, {@link InnerContent#NEVER} for one that
     * does not, {@link InnerContent#UNKNOWN} for a name the catalog does not have.
     */
    @Override
    public InnerContent inner(String name) {
        return takesInner(name).map(inner -> inner ? InnerContent.REQUIRED : InnerContent.NEVER)
                .orElse(InnerContent.UNKNOWN);
    }

    /** The Hugo version rules of the site (for checks and for choosing {@code tweet} or {@code x}). */
    public ShortcodeVersionRules versionRules() {
        return rules;
    }

    /** Templates or catalog-file entries that could not be read, one line each with file and reason. */
    public List<String> problems() {
        return problems;
    }
}
