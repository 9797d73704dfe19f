package io.recapstudio.core.site;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Works out where a site's content lives: {@code module.mounts} with a {@code content…} target (which replace the
 * default content folder, as in Hugo), else each language's {@code contentDir}, else {@code contentDir}
 * ({@code content}). The default language's roots come first.
 */
final class ContentRoots {

    private ContentRoots() {
    }

    static List<ContentRoot> resolve(Path root, SiteConfig config) {
        Map<String, ContentRoot> roots = new LinkedHashMap<>();
        List<ModuleMount> mounts = config.mounts().stream().filter(ModuleMount::isContent).toList();
        for (ModuleMount m : mounts) {
            add(roots, new ContentRoot(root.resolve(m.source()).normalize(), m.lang(), m.contentPrefix()));
        }
        List<Language> languages = config.languages();
        boolean perLanguage = languages.stream().anyMatch(l -> l.contentDir() != null);
        if (perLanguage) {
            for (Language l : languages) {
                String dir = l.contentDir() != null ? l.contentDir() : config.contentDir();
                add(roots, new ContentRoot(root.resolve(dir).normalize(), l.contentDir() != null ? l.code() : null,
                        ""));
            }
        }
        if (roots.isEmpty()) {
            add(roots, new ContentRoot(root.resolve(config.contentDir()).normalize(), null, ""));
        }
        String defaultLang = config.defaultContentLanguage();
        List<ContentRoot> ordered = new ArrayList<>(roots.values());
        ordered.sort(Comparator.comparingInt(cr -> rank(cr, defaultLang)));
        return List.copyOf(ordered);
    }

    private static int rank(ContentRoot cr, String defaultLang) {
        if (Objects.equals(cr.lang(), defaultLang)) {
            return 0;
        }
        return cr.lang() == null ? 1 : 2;
    }

    private static void add(Map<String, ContentRoot> roots, ContentRoot cr) {
        roots.putIfAbsent(cr.dir() + "|" + cr.prefix() + "|" + cr.lang(), cr);
    }

    /** The top-level folders of a content root that are sections (not hidden, not leaf bundles). */
    static List<Path> sectionFolders(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(contentDir, Files::isDirectory)) {
            for (Path dir : stream) {
                if (!dir.getFileName().toString().startsWith(".") && !isLeafBundle(dir)) {
                    out.add(dir);
                }
            }
        } catch (IOException e) {
            throw new SiteException(contentDir, 0, "cannot list the content folder: " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }

    private static boolean isLeafBundle(Path dir) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "index.*")) {
            return stream.iterator().hasNext();
        }
    }
}
