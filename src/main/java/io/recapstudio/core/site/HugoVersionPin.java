package io.recapstudio.core.site;

/**
 * Where a site says which Hugo builds it.
 *
 * @param version  the version
 * @param kind     {@link Kind#EXACT} for a pin (netlify.toml, .hvm, a workflow), {@link Kind#MINIMUM} for a lower
 *                 bound only ({@code module.hugoVersion.min}, {@code >=0.110} in package.json)
 * @param extended whether the pin asks for the extended edition
 * @param source   the file it was read from, relative to the site root ({@code netlify.toml},
 *                 {@code .github/workflows/gh-pages.yml}), or {@code setting} for a user override
 * @param detail   the key or line that gave it, e.g. {@code build.environment.HUGO_VERSION}
 */
public record HugoVersionPin(HugoVersion version, Kind kind, boolean extended, String source, String detail) {

    /** How firmly the site pins the version. */
    public enum Kind { EXACT, MINIMUM }

    /** A version the user set, which wins over anything in the site. */
    public static HugoVersionPin setting(HugoVersion version) {
        return new HugoVersionPin(version, Kind.EXACT, false, "setting", "the Hugo version set in Recap Studio");
    }

    /** {@code 0.122.0 (netlify.toml: build.environment.HUGO_VERSION)}. */
    @Override
    public String toString() {
        return (kind == Kind.MINIMUM ? ">= " : "") + version + " (" + source + ": " + detail + ")";
    }
}
