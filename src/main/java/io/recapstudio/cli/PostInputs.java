package io.recapstudio.cli;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.site.SiteLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try {
            if (siteRoot != null) {
                if (!Files.isDirectory(siteRoot)) {
                    throw new InputException(siteRoot + ": no such folder; --site names the Hugo site's root folder");
                }
                return Optional.of(Site.open(siteRoot));
            }
            return SiteLocator.findRoot(post.toAbsolutePath()).map(Site::open);
        } catch (SiteException e) {
            throw new InputException(e.getMessage());
        }
    }

    static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? what : what + ": " + e.getMessage();
    }
}
