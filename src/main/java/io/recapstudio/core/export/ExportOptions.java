package io.recapstudio.core.export;

/**
 * Choices of one export.
 *
 * @param onlyReferencedResources copy only the resources the post uses (by name in its text, or matched by a
 *                                shortcode's glob such as a gallery's {@code match}); else every resource, as Hugo
 *                                would publish them
 * @param force                   export even when the checks found errors
 * @param replaceExisting         replace a bundle that already exists at the target
 * @param maxImageWidth           downscale JPEG, PNG and GIF images wider than this (Hugo's Resize), or null to copy
 *                                every image as it is
 */
public record ExportOptions(boolean onlyReferencedResources, boolean force, boolean replaceExisting,
                            Integer maxImageWidth) {

    public ExportOptions {
        if (maxImageWidth != null && maxImageWidth < 1) {
            throw new IllegalArgumentException("a maximum image width must be positive, not " + maxImageWidth);
        }
    }

    /** Every resource as it is; refuse on errors; never replace. */
    public static ExportOptions defaults() {
        return new ExportOptions(false, false, false, null);
    }

    public ExportOptions withForce(boolean value) {
        return new ExportOptions(onlyReferencedResources, value, replaceExisting, maxImageWidth);
    }

    public ExportOptions withReplaceExisting(boolean value) {
        return new ExportOptions(onlyReferencedResources, force, value, maxImageWidth);
    }

    public ExportOptions withOnlyReferencedResources(boolean value) {
        return new ExportOptions(value, force, replaceExisting, maxImageWidth);
    }

    public ExportOptions withMaxImageWidth(Integer width) {
        return new ExportOptions(onlyReferencedResources, force, replaceExisting, width);
    }
}
