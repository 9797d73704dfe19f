package io.recapstudio.core.export;

/**
 * Choices of one export.
 *
 * @param onlyReferencedResources copy only the resources the post uses (by name in its text, or matched by a
 *                                shortcode's glob such as a gallery's {@code match}); else every resource, as Hugo
 *                                would publish them
 * @param force                   export even when the checks found errors
 * @param replaceExisting         replace a bundle that already exists at the target
 */
public record ExportOptions(boolean onlyReferencedResources, boolean force, boolean replaceExisting) {

    /** Every resource; refuse on errors; never replace. */
    public static ExportOptions defaults() {
        return new ExportOptions(false, false, false);
    }

    public ExportOptions withForce(boolean value) {
        return new ExportOptions(onlyReferencedResources, value, replaceExisting);
    }

    public ExportOptions withReplaceExisting(boolean value) {
        return new ExportOptions(onlyReferencedResources, force, value);
    }

    public ExportOptions withOnlyReferencedResources(boolean value) {
        return new ExportOptions(value, force, replaceExisting);
    }
}
