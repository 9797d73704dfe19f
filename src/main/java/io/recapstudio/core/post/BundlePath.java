package io.recapstudio.core.post;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a reference written in a post (a Markdown image, {@code figure src}, a raw {@code <img src>}) points at, decided
 * the one way every reader of the post's files uses: the preview, {@code recap render}, {@code recap check}. A
 * reference reads a file only when it resolves, after percent-decoding, {@code \} read as {@code /} (as browsers read
 * it) and every symbolic link followed, to a regular file inside the bundle folder's real path. Absolute paths,
 * {@code ~}, drive letters, {@code file:} URLs and {@code ../} chains that climb out are refused, never read.
 */
public sealed interface BundlePath {

    /** A regular file inside the bundle: {@code file} is its real path, {@code name} its path in the bundle. */
    record Inside(Path file, String name) implements BundlePath {
    }

    /** Inside the bundle, but no such file (or a folder). */
    record Missing(String name) implements BundlePath {
    }

    /** A path that leads out of the bundle; {@code why} says how, to finish "the image … ". */
    record Outside(String why) implements BundlePath {

        /** How a {@code ../} path out of the bundle is described: the one kind a web page may still load. */
        static final String CLIMBS_OUT = "climbs out of the bundle with ../";

        /** True for a relative {@code ../} path, which the site may serve; not for file:, ~, drives or links out. */
        public boolean climbsOut() {
            return why.equals(CLIMBS_OUT);
        }
    }

    /** A file or folder Hugo leaves out of a bundle (a name starting with {@code .} or {@code #}, or ending in ~). */
    record Hidden(String name) implements BundlePath {
    }

    /** A path from the site's root ({@code /images/x.png}), served from the site's static files, not the bundle. */
    record SiteRoot(String path) implements BundlePath {
    }

    /** A network URL ({@code https:}, {@code http:} or {@code //host/…}). */
    record Remote(String url) implements BundlePath {
    }

    /** A {@code data:} URI: the bytes are in the reference itself. */
    record Embedded() implements BundlePath {
    }

    /** Not a file reference at all: empty, a {@code #fragment}, a template, or another scheme. */
    record NotAFile(String reference) implements BundlePath {
    }

    /** True when the reference would read a file outside the bundle (climbs out, absolute, a link out, ~). */
    default boolean leavesBundle() {
        return this instanceof Outside;
    }

    /**
     * Resolves {@code reference} as written in the post against {@code bundleFolder} (the folder holding the post).
     * Reads file metadata only (existence, links), never file contents.
     */
    static BundlePath resolve(Path bundleFolder, String reference) {
        return BundlePathResolver.resolve(bundleFolder, reference);
    }

    /**
     * {@code url} as a browser's URL parser reads it before anything else: ASCII tabs and newlines removed wherever
     * they are, C0 controls and spaces trimmed from both ends ({@code java&#9;script:} is {@code javascript:}).
     */
    static String asBrowserReads(String url) {
        return BundlePathResolver.asBrowserReads(url);
    }

    /** The URL's scheme in lower case ({@code https}, {@code javascript}, {@code c} for a drive), if it has one. */
    static Optional<String> scheme(String url) {
        return BundlePathResolver.scheme(asBrowserReads(url));
    }

    /** True when {@code realFile} (a real path) lies inside the real path of {@code folder}. */
    static boolean isInside(Path folder, Path realFile) throws IOException {
        return realFile.startsWith(folder.toRealPath());
    }
}
