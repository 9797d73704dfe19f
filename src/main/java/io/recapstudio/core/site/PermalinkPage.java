package io.recapstudio.core.site;

import java.time.ZonedDateTime;

/**
 * What a permalink pattern needs to know about a page.
 *
 * @param sectionPath     the content path of the page's section below the content root, e.g. {@code blog} or
 *                        {@code docs/guides} ({@code ""} for a page at the root)
 * @param title           front-matter {@code title} (may be empty)
 * @param slug            front-matter {@code slug}, or null
 * @param url             front-matter {@code url}, or null; when set it is the page's path, whatever the pattern
 * @param date            front-matter {@code date}, or null (Hugo then uses the zero time, year 1)
 * @param contentBaseName the bundle folder's name for a bundle ({@code index.md}), else the file name without
 *                        extension and language code
 * @param folderPath      the folders the page sits in below the content root, sections or not
 *                        ({@code blog/2023} for {@code blog/2023/0807-roundup/index.md}): without a permalink pattern
 *                        Hugo's URL keeps them all
 */
public record PermalinkPage(String sectionPath, String title, String slug, String url, ZonedDateTime date,
                            String contentBaseName, String folderPath) {

    /** A page whose folders are its sections. */
    public PermalinkPage(String sectionPath, String title, String slug, String url, ZonedDateTime date,
                         String contentBaseName) {
        this(sectionPath, title, slug, url, date, contentBaseName, sectionPath);
    }

    public PermalinkPage {
        sectionPath = sectionPath == null ? "" : trimSlashes(sectionPath.replace('\\', '/'));
        folderPath = folderPath == null ? sectionPath : trimSlashes(folderPath.replace('\\', '/'));
        title = title == null ? "" : title;
        slug = slug == null || slug.isBlank() ? null : slug;
        url = url == null || url.isBlank() ? null : url;
        contentBaseName = contentBaseName == null ? "" : contentBaseName;
    }

    private static String trimSlashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(start, end);
    }

    /** The first section (Hugo's {@code .Section}). */
    public String section() {
        int slash = sectionPath.indexOf('/');
        return slash < 0 ? sectionPath : sectionPath.substring(0, slash);
    }
}
