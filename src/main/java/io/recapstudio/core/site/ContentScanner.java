package io.recapstudio.core.site;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the regular pages of a content root: leaf bundles (a folder with an {@code index} content file, whose
 * sub-folders are its resources) and single content files; {@code _index} files (list pages) are skipped. Folders
 * without an {@code index} file are walked into: {@code blog/2022/kubecon/index.md} is a post of section {@code blog}
 * named {@code 2022/kubecon}.
 */
final class ContentScanner {

    /** File extensions Hugo treats as content. */
    static final Set<String> CONTENT_EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd", "mkdn", "html", "htm",
            "adoc", "asciidoc", "ad", "org", "pandoc", "pdc", "rst");

    private final Set<String> languages;
    private final List<ExistingPost> out = new ArrayList<>();

    private ContentScanner(Set<String> languages) {
        this.languages = languages;
    }

    /** Every regular page of one content root. */
    static List<ExistingPost> scan(ContentRoot root, Set<String> languages) {
        ContentScanner scanner = new ContentScanner(languages);
        if (!Files.isDirectory(root.dir())) {
            return List.of();
        }
        if (root.prefix().isEmpty()) {
            scanner.scanTop(root);
        } else {
            String section = root.prefix().split("/")[0];
            String rest = root.prefix().contains("/") ? root.prefix().substring(section.length() + 1) + "/" : "";
            scanner.scanDir(root.dir(), root, section, root.prefix(), rest);
        }
        return scanner.out;
    }

    /** Only the pages of one section folder. */
    static List<ExistingPost> scanSection(Section.SectionDir dir, String section, Set<String> languages) {
        ContentScanner scanner = new ContentScanner(languages);
        if (Files.isDirectory(dir.dir())) {
            scanner.scanDir(dir.dir(), dir.root(), section, section, "");
        }
        return scanner.out;
    }

    private void scanTop(ContentRoot root) {
        for (Path entry : list(root.dir())) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                List<Path> index = indexFiles(entry);
                if (!index.isEmpty()) {
                    index.forEach(f -> addPage(f, entry, root, "", "", name));
                } else {
                    scanDir(entry, root, name, name, "");
                }
            } else if (isContent(name) && !name.startsWith("_index.")) {
                addPage(entry, null, root, "", "", baseName(name));
            }
        }
    }

    private void scanDir(Path dir, ContentRoot root, String section, String sectionPath, String relPrefix) {
        for (Path entry : list(dir)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                List<Path> index = indexFiles(entry);
                if (!index.isEmpty()) {
                    index.forEach(f -> addPage(f, entry, root, section, sectionPath, relPrefix + name));
                } else {
                    String nested = hasListPage(entry) ? sectionPath + "/" + name : sectionPath;
                    scanDir(entry, root, section, nested, relPrefix + name + "/");
                }
            } else if (isContent(name) && !name.startsWith("_index.")) {
                addPage(entry, null, root, section, sectionPath, relPrefix + baseName(name));
            }
        }
    }

    private void addPage(Path file, Path bundleDir, ContentRoot root, String section, String sectionPath,
                         String relativeName) {
        String fileName = file.getFileName().toString();
        String lang = languageOf(fileName);
        String contentBaseName = bundleDir != null ? bundleDir.getFileName().toString() : baseName(fileName);
        out.add(new ExistingPost(file, bundleDir, section, sectionPath, relativeName, contentBaseName,
                lang != null ? lang : root.lang()));
    }

    private List<Path> indexFiles(Path dir) {
        List<Path> index = new ArrayList<>();
        for (Path entry : list(dir)) {
            String name = entry.getFileName().toString();
            if (name.startsWith("index.") && isContent(name) && Files.isRegularFile(entry)) {
                index.add(entry);
            }
        }
        return index;
    }

    private boolean hasListPage(Path dir) {
        for (Path entry : list(dir)) {
            String name = entry.getFileName().toString();
            if (name.startsWith("_index.") && isContent(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContent(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && CONTENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** {@code hello.de.md} → {@code hello} when {@code de} is a language of the site, else {@code hello.de}. */
    private String baseName(String fileName) {
        String noExt = fileName.substring(0, fileName.lastIndexOf('.'));
        int dot = noExt.lastIndexOf('.');
        return dot > 0 && languages.contains(noExt.substring(dot + 1).toLowerCase(Locale.ROOT))
                ? noExt.substring(0, dot) : noExt;
    }

    private String languageOf(String fileName) {
        String noExt = fileName.substring(0, fileName.lastIndexOf('.'));
        int dot = noExt.lastIndexOf('.');
        if (dot > 0) {
            String code = noExt.substring(dot + 1).toLowerCase(Locale.ROOT);
            return languages.contains(code) ? code : null;
        }
        return null;
    }

    private static List<Path> list(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new SiteException(dir, 0, "cannot list the content folder: " + e.getMessage(), e);
        }
        entries.sort(null);
        return entries;
    }
}
