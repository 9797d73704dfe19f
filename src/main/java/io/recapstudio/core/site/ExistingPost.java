package io.recapstudio.core.site;

import java.nio.file.Path;

/**
 * A regular page already in the site: a leaf bundle ({@code blog/2022-05-25-kubecon/index.md}) or a single file
 * ({@code blog/hello.md}).
 *
 * @param file            its content file
 * @param bundleDir       the bundle folder, or null for a single-file page
 * @param section         the top-level section ({@code ""} for a page at the content root)
 * @param sectionPath     the sections it is nested in, for {@code :sections} (folders with an {@code _index} file
 *                        below the top-level section join it: {@code docs/guides})
 * @param relativeName    the bundle folder (or the file without extension) relative to the top-level section's
 *                        folder, {@code /}-separated: {@code 2022-05-25-kubecon}, {@code 2021/kubecon-na}
 * @param contentBaseName the bundle folder's name, or the file name without extension and language code
 * @param lang            its language, or null when the site has one or it cannot be told
 */
public record ExistingPost(Path file, Path bundleDir, String section, String sectionPath, String relativeName,
                           String contentBaseName, String lang) {

    public boolean isBundle() {
        return bundleDir != null;
    }
}
