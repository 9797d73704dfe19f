package io.recapstudio.core.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies front matter {@code resources} metadata to a bundle's resources the way Hugo 0.111 does, and orders them
 * as {@code .Resources} lists them.
 *
 * <p>Each entry has a {@code src} glob ({@link HugoGlob}) matched against the resource's relative path, and optional
 * {@code name}, {@code title} and {@code params}. For name and title the first matching entry that has one wins;
 * {@code params} merge, the first entry to set a key winning. {@code :counter} in a name or title is replaced by a
 * counter kept per {@code src} pattern (separately for names and titles), counting from 1 in the order Hugo visits
 * resources. The order is Hugo's: starting from the lower-cased paths, sorted by resource type, then name, with Go's
 * stable sort before and after the metadata (names may change in between); checked against Hugo 0.111.3. A title
 * defaults to the original path. Content files (page resources) take no metadata and are ordered by name here; Hugo
 * orders them by weight, date and title, which matters only for bundles holding several pages.
 */
public final class ResourceMetadata {

    private static final String COUNTER = ":counter";

    private ResourceMetadata() {
    }

    /**
     * The outcome.
     *
     * @param resources the resources in {@code .Resources} order with their names, titles and params
     * @param problems  what Hugo would fail on, e.g. an entry without {@code src} or an invalid glob
     */
    public record Result(List<ResolvedResource> resources, List<String> problems) {
        public Result {
            resources = List.copyOf(resources);
            problems = List.copyOf(problems);
        }

        /** Hugo's {@code .Resources.GetMatch}: the first resource whose (lower-cased) name matches the glob. */
        public Optional<ResolvedResource> getMatch(String glob) {
            return HugoGlob.tryCompile(glob).flatMap(g -> resources.stream().filter(r -> g.matches(r.name()))
                    .findFirst());
        }

        /** Hugo's {@code .Resources.Match}: every resource whose name matches the glob, in order. */
        public List<ResolvedResource> match(String glob) {
            return HugoGlob.tryCompile(glob).map(g -> resources.stream().filter(r -> g.matches(r.name())).toList())
                    .orElse(List.of());
        }
    }

    /**
     * Resolves {@code metadata} (the front matter's {@code resources} list) over {@code resources} (in any order).
     */
    public static Result resolve(List<Map<String, Object>> metadata, List<BundleResource> resources) {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < metadata.size(); i++) {
            Map<String, Object> item = metadata.get(i);
            Object src = item.get("src");
            if (src == null) {
                problems.add("resources entry " + (i + 1) + " has no 'src'; Hugo fails the build. Add a 'src' glob.");
                continue;
            }
            String pattern = src.toString();
            try {
                entries.add(new Entry(pattern.toLowerCase(Locale.ROOT), HugoGlob.compile(pattern), item));
            } catch (IllegalArgumentException e) {
                problems.add("resources entry " + (i + 1) + ": " + e.getMessage() + "; Hugo fails the build.");
            }
        }
        List<Working> working = new ArrayList<>();
        for (BundleResource resource : ordered(resources)) {
            working.add(new Working(resource));
        }
        GoStableSort.sort(working, ResourceMetadata::less);
        if (!metadata.isEmpty()) {
            assign(entries, working);
            GoStableSort.sort(working, ResourceMetadata::less);
        }
        List<ResolvedResource> out = new ArrayList<>();
        for (Working w : working) {
            out.add(new ResolvedResource(w.resource, w.name, w.title == null ? w.resource.name() : w.title,
                    w.params));
        }
        return new Result(out, problems);
    }

    /** Hugo's starting order: resources come out of a tree keyed by the lower-cased relative path. */
    private static List<BundleResource> ordered(List<BundleResource> resources) {
        List<BundleResource> sorted = new ArrayList<>(resources);
        sorted.sort((a, b) -> compareBytes(a.name().toLowerCase(Locale.ROOT), b.name().toLowerCase(Locale.ROOT)));
        return sorted;
    }

    /** Go's string order: by code point (the same as by UTF-8 byte). */
    static int compareBytes(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Hugo's less function for page resources (not a strict weak order; see {@link GoStableSort}). */
    private static boolean less(Working a, Working b) {
        String ta = a.resource.resourceType();
        String tb = b.resource.resourceType();
        if (compareBytes(ta, tb) < 0) {
            return true;
        }
        boolean pageA = a.resource.isPage();
        boolean pageB = b.resource.isPage();
        if (pageA != pageB) {
            return pageB;
        }
        return compareBytes(a.name, b.name) < 0;
    }

    private static void assign(List<Entry> entries, List<Working> resources) {
        Map<String, Integer> counters = new HashMap<>();
        for (Working resource : resources) {
            if (resource.resource.isPage()) {
                continue;
            }
            String key = resource.name.toLowerCase(Locale.ROOT);
            boolean nameSet = false;
            boolean titleSet = false;
            int nameCounter = 0;
            int titleCounter = 0;
            for (Entry entry : entries) {
                if (!entry.glob.matches(key)) {
                    continue;
                }
                Object name = entry.item.get("name");
                if (!nameSet && name != null) {
                    String text = name.toString();
                    if (text.contains(COUNTER) && nameCounter == 0) {
                        nameCounter = counters.merge("name_" + entry.srcKey, 1, Integer::sum);
                    }
                    resource.name = text.replace(COUNTER, Integer.toString(nameCounter));
                    nameSet = true;
                }
                Object title = entry.item.get("title");
                if (!titleSet && title != null) {
                    String text = title.toString();
                    if (text.contains(COUNTER) && titleCounter == 0) {
                        titleCounter = counters.merge("title_" + entry.srcKey, 1, Integer::sum);
                    }
                    resource.title = text.replace(COUNTER, Integer.toString(titleCounter));
                    titleSet = true;
                }
                if (entry.item.get("params") instanceof Map<?, ?> params) {
                    params.forEach((k, v) -> resource.params.putIfAbsent(String.valueOf(k).toLowerCase(Locale.ROOT),
                            v));
                }
            }
        }
    }

    private record Entry(String srcKey, HugoGlob glob, Map<String, Object> item) {
    }

    /** A resource while metadata is applied; name and title change. */
    private static final class Working {
        final BundleResource resource;
        String name;
        String title;
        final Map<String, Object> params = new LinkedHashMap<>();

        Working(BundleResource resource) {
            this.resource = resource;
            this.name = resource.name();
        }
    }
}
