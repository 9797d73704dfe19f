package io.recapstudio.core.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Hugo leaf page bundle: a folder with {@code index.md} and its resources (at the top or in sub-folders), or a
 * single {@code .md} file, which is a page without resources.
 *
 * <p>Resources are every regular file below the folder except the index, named by their path relative to the
 * folder with {@code /}; files and folders Hugo ignores are left out (names starting with {@code .} or {@code #},
 * or ending with {@code ~}), and of two paths that differ only in case, the one Hugo drops.
 * {@link #resources()} lists them in Hugo's {@code .Resources} order.
 *
 * <p>A symbolic link whose target lies outside the bundle folder (after every link is followed) is never a resource:
 * render, preview, the media panel, check and export never read it; {@link #outsideLinks()} names it so check can say
 * so. A link that stays inside the bundle is a resource like any file.
 */
public final class PageBundle {

    /** The index file name of a leaf bundle. */
    public static final String INDEX = "index.md";
    /** The index file name of a branch bundle (a section's or the home page's own page). */
    public static final String BRANCH_INDEX = "_index.md";

    private final Path folder;
    private final Path indexFile;
    private final boolean singleFile;
    private final Post post;
    private final List<BundleResource> resources;
    private final List<OutsideLink> outsideLinks;

    /**
     * A symbolic link in the bundle that leads out of it: left out of the resources, never followed.
     *
     * @param name   its path in the bundle, with {@code /}
     * @param link   the link itself
     * @param target where it leads (its real path), or the link's text when that cannot be resolved
     */
    public record OutsideLink(String name, Path link, Path target) {
    }

    private record Listing(List<BundleResource> resources, List<OutsideLink> outsideLinks) {
        static final Listing EMPTY = new Listing(List.of(), List.of());
    }

    private PageBundle(Path folder, Path indexFile, boolean singleFile, Post post, Listing listing) {
        this.folder = folder;
        this.indexFile = indexFile;
        this.singleFile = singleFile;
        this.post = post;
        this.resources = List.copyOf(listing.resources());
        this.outsideLinks = List.copyOf(listing.outsideLinks());
    }

    /**
     * Opens a bundle folder (holding {@code index.md}) or a single {@code .md} file.
     *
     * @throws NoSuchFileException when {@code path} does not exist or a folder has no {@code index.md}
     * @throws IOException         when it cannot be read
     */
    public static PageBundle open(Path path) throws IOException {
        Path named = path.getFileName();
        if (named != null && Files.isRegularFile(path) && path.toAbsolutePath().getParent() != null) {
            String name = named.toString();
            if (name.equals(INDEX)) {
                return open(path.toAbsolutePath().normalize().getParent());
            }
            if (name.equals(BRANCH_INDEX)) {
                Path folder = path.toAbsolutePath().normalize().getParent();
                return new PageBundle(folder, path, false, Post.read(path), listBranchResources(folder, path));
            }
        }
        if (Files.isDirectory(path)) {
            Path index = indexIn(path).orElseThrow(() -> new NoSuchFileException(path.toString(), null,
                    "the folder has no " + INDEX + " (nor " + BRANCH_INDEX + "); choose a page bundle folder or a"
                            + " .md file"));
            if (!index.getFileName().toString().equals(INDEX)) {
                return new PageBundle(path, index, false, Post.read(index), listBranchResources(path, index));
            }
            return new PageBundle(path, index, false, Post.read(index), listResources(path, index));
        }
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or folder");
        }
        Path folder = path.toAbsolutePath().getParent();
        return new PageBundle(folder, path, true, Post.read(path), Listing.EMPTY);
    }

    /** The bundle folder (for a single file: the folder holding it). */
    public Path folder() {
        return folder;
    }

    /** The post's file: {@code index.md}, or the single {@code .md} file. */
    public Path indexFile() {
        return indexFile;
    }

    /** True when this is a single {@code .md} file rather than a folder. */
    public boolean isSingleFile() {
        return singleFile;
    }

    /** The post ({@code index.md} or the single file). */
    public Post post() {
        return post;
    }

    /** The same bundle with an edited post. */
    public PageBundle withPost(Post edited) {
        return new PageBundle(folder, indexFile, singleFile, edited, new Listing(resources, outsideLinks));
    }

    /** The resources in Hugo's {@code .Resources} order, before {@code resources} metadata. */
    public List<BundleResource> resources() {
        return resources;
    }

    /** The symbolic links in the bundle that lead out of it (never resources, never followed), by name. */
    public List<OutsideLink> outsideLinks() {
        return outsideLinks;
    }

    /** The resources with the post's {@code resources} metadata applied, in Hugo's order. */
    public ResourceMetadata.Result resolvedResources() {
        return ResourceMetadata.resolve(post.frontMatter().resources(), resources);
    }

    /** Writes the post back to its file atomically; resources are never touched. */
    public void save() throws IOException {
        post.write(indexFile);
    }

    private static Listing listResources(Path folder, Path index) throws IOException {
        return listResources(folder, index, false);
    }

    /**
     * A branch bundle's resources: the files beside its {@code _index.md} and in sub-folders that are not pages of
     * their own, except content files (those are the section's pages).
     */
    private static Listing listBranchResources(Path folder, Path index) throws IOException {
        return listResources(folder, index, true);
    }

    private static Listing listResources(Path folder, Path index, boolean branch) throws IOException {
        List<BundleResource> found = new ArrayList<>();
        List<OutsideLink> outside = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (file.equals(index)) {
                    continue;
                }
                String name = relativeName(folder, file);
                if (Files.isSymbolicLink(file)) {
                    Optional<Path> target = outsideTarget(folder, file);
                    if (target.isPresent()) {
                        if (!isIgnored(name)) {
                            outside.add(new OutsideLink(name, file, target.get()));
                        }
                        continue;
                    }
                }
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                if (branch && (isMarkdown(file) || insidePageFolder(folder, file))) {
                    continue;
                }
                if (!isIgnored(name)) {
                    found.add(new BundleResource(name, file, HugoMediaTypes.resourceType(name)));
                }
            }
        }
        List<BundleResource> resources = ResourceMetadata.resolve(List.of(), withoutCaseDuplicates(found))
                .resources().stream().map(ResolvedResource::resource).toList();
        return new Listing(resources, outside);
    }

    /** Where the link {@code link} leads when that is outside {@code folder}; empty when it stays inside or dangles. */
    private static Optional<Path> outsideTarget(Path folder, Path link) {
        try {
            Path real = link.toRealPath();
            return BundlePath.isInside(folder, real) ? Optional.empty() : Optional.of(real);
        } catch (NoSuchFileException e) {
            return Optional.empty(); // dangling: there is nothing to read
        } catch (IOException e) {
            try {
                return Optional.of(Files.readSymbolicLink(link));
            } catch (IOException unreadable) {
                return Optional.of(link);
            }
        }
    }

    /**
     * Hugo keys resources by lower-cased path, so of {@code Stage.JPG} and {@code stage.jpg} only the one it walks last
     * (the greater name in byte order) survives.
     */
    private static List<BundleResource> withoutCaseDuplicates(List<BundleResource> found) {
        java.util.Map<String, BundleResource> byKey = new java.util.LinkedHashMap<>();
        for (BundleResource resource : found) {
            String key = resource.name().toLowerCase(Locale.ROOT);
            BundleResource other = byKey.get(key);
            if (other == null || ResourceMetadata.compareBytes(resource.name(), other.name()) > 0) {
                byKey.put(key, resource);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** True when a folder between {@code folder} and {@code file} holds an index of its own (another page). */
    private static boolean insidePageFolder(Path folder, Path file) {
        for (Path dir = file.getParent(); dir != null && !dir.equals(folder); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(INDEX)) || Files.isRegularFile(dir.resolve(BRANCH_INDEX))) {
                return true;
            }
        }
        return false;
    }

    private static String relativeName(Path folder, Path file) {
        List<String> parts = new ArrayList<>();
        for (Path part : folder.relativize(file)) {
            parts.add(part.toString());
        }
        return String.join("/", parts);
    }

    /**
     * The post file of a bundle folder: its {@code index.md} (a leaf bundle), else its {@code _index.md} (a branch
     * bundle), else empty.
     */
    public static Optional<Path> indexIn(Path folder) {
        for (String name : List.of(INDEX, BRANCH_INDEX)) {
            Path candidate = folder.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** True when {@code file} is named like a bundle's index: {@code index.md} (leaf) or {@code _index.md} (branch). */
    public static boolean isIndexFile(Path file) {
        Path name = file.getFileName();
        return name != null && (name.toString().equals(INDEX) || name.toString().equals(BRANCH_INDEX));
    }

    /** Hugo skips files and folders whose names start with '.' or '#' or end with '~'. */
    public static boolean isIgnored(String relativeName) {
        for (String part : relativeName.split("/")) {
            if (part.startsWith(".") || part.startsWith("#") || part.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code file} looks like a Markdown post Recap Studio can open. */
    public static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }
}
