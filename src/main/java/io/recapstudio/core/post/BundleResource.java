package io.recapstudio.core.post;

import java.nio.file.Path;

/**
 * A file of a page bundle other than its index.
 *
 * @param name         the path relative to the bundle with {@code /} separators ({@code flickr/stage.jpg}); this is
 *                     the resource's name in Hugo until {@code resources} metadata renames it
 * @param file         the file on disk
 * @param resourceType Hugo's resource type for the file's extension: {@code image}, {@code page}, {@code text},
 *                     {@code application}, {@code audio}, {@code video}, {@code font}, or empty when Hugo does not
 *                     know the extension
 */
public record BundleResource(String name, Path file, String resourceType) {

    /** True for an image Hugo can process or show ({@code resourceType} image). */
    public boolean isImage() {
        return "image".equals(resourceType);
    }

    /** True for a content file (Markdown, HTML, …) that Hugo turns into a page resource. */
    public boolean isPage() {
        return "page".equals(resourceType);
    }
}
