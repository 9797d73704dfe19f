package io.recapstudio.core.image;

/**
 * An invalid Hugo image processing spec. The message says what is wrong and shows a valid spec.
 * {@link #hugoFailsBuild()} tells whether Hugo itself would stop the site build on it (true) or would silently
 * ignore the offending option (false: Hugo skips tokens it does not know, so a check may report it as a warning).
 */
public final class ImageSpecException extends ImageException {

    private final String spec;
    private final boolean hugoFailsBuild;

    public ImageSpecException(String spec, String problem, boolean hugoFailsBuild) {
        super(null, "invalid image spec \"" + spec + "\": " + problem);
        this.spec = spec;
        this.hugoFailsBuild = hugoFailsBuild;
    }

    /** The spec as written. */
    public String spec() {
        return spec;
    }

    /** Whether Hugo fails the site build on this spec (otherwise Hugo ignores the offending part). */
    public boolean hugoFailsBuild() {
        return hugoFailsBuild;
    }
}
