package io.recapstudio.core.site;

/**
 * One {@code module.mounts} entry: a folder of the project mounted into one of Hugo's component folders.
 *
 * @param source the folder, relative to the site root (e.g. {@code content/en})
 * @param target where it appears for Hugo (e.g. {@code content}, {@code content/blog}, {@code layouts})
 * @param lang   the language the mount is for, or null for all
 */
public record ModuleMount(String source, String target, String lang) {

    /** Whether the mount feeds Hugo's content tree. */
    public boolean isContent() {
        return target.equals("content") || target.startsWith("content/");
    }

    /** For a content mount, the path below {@code content} it lands at ({@code ""} for {@code content} itself). */
    public String contentPrefix() {
        return target.equals("content") ? "" : target.substring("content/".length());
    }
}
