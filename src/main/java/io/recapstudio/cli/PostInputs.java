package io.recapstudio.cli;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteConfigLoader;
import io.recapstudio.core.site.SiteLocator;
import io.recapstudio.core.workspace.SiteContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Opening the PATH and --site arguments the way every sub-command does, with one clear line when they are wrong. */
final class PostInputs {

    private PostInputs() {
    }

    /** A usage or I/O problem with an argument: the command prints the message and exits 2. */
    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }

    /**
     * The post at {@code path}: a bundle folder, a bundle's {@code index.md} or {@code _index.md} (which mean their
     * bundle), or a leaf {@code .md} file.
     */
    static PageBundle openBundle(Path path) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException(path + ": no such file or folder; give a page bundle folder (holding index.md)"
                    + " or a .md file");
        }
        if (Files.isDirectory(path) && !Files.isRegularFile(path.resolve(PageBundle.INDEX))) {
            throw new InputException(path + ": this folder holds no index.md, so it is not a page bundle");
        }
        if (Files.isRegularFile(path) && !PageBundle.isMarkdown(path)) {
            throw new InputException(path + ": not a Markdown file; give a page bundle folder or a .md file");
        }
        try {
            return PageBundle.open(path);
        } catch (IOException e) {
            throw new InputException(path + ": cannot be read (" + describe(e) + ")");
        }
    }

    /** The site given with --site, else the one around {@code post} (walking up to a Hugo config), else none. */
    static Optional<Site> site(Path siteRoot, Path post) throws InputException {
        return new Sites(siteRoot).around(post).site();
    }

    /** The context of the site whose root --site names; a folder that is no Hugo site is a usage error. */
    static SiteContext siteContext(Path siteRoot) throws InputException {
        if (!Files.isDirectory(siteRoot)) {
            throw new InputException(siteRoot + ": no such folder; --site names the Hugo site's root folder");
        }
        if (!SiteConfigLoader.isSiteRoot(siteRoot.toAbsolutePath().normalize())) {
            throw new InputException(siteRoot + ": no Hugo config here (hugo.toml, config.toml, config/_default/,"
                    + " …); --site names the Hugo site's root folder");
        }
        SiteContext context = SiteContext.open(siteRoot);
        if (context.problem().isPresent()) {
            throw new InputException(context.problem().get());
        }
        return context;
    }

    /**
     * The site contexts of one command run: each site is read once, however many of its posts are named. A site
     * whose config cannot be read is a usage error (exit 2) naming the file and line.
     */
    static final class Sites {
        private final Path siteRoot;
        private final Map<Path, SiteContext> byRoot = new HashMap<>();

        Sites(Path siteRoot) {
            this.siteRoot = siteRoot;
        }

        SiteContext around(Path post) throws InputException {
            Optional<Path> root = siteRoot != null ? Optional.of(siteRoot)
                    : SiteLocator.findRoot(post.toAbsolutePath());
            if (root.isEmpty()) {
                return SiteContext.none();
            }
            Path key = root.get().toAbsolutePath().normalize();
            SiteContext known = byRoot.get(key);
            if (known == null) {
                known = siteContext(root.get());
                byRoot.put(key, known);
            }
            return known;
        }
    }

    /** A path as the command prints it: relative to the working folder when it lies below it. */
    static Path shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute) : path;
    }

    static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? what : what + ": " + e.getMessage();
    }
}
