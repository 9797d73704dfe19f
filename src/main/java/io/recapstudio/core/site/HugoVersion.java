package io.recapstudio.core.site;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hugo release number such as {@code 0.122.0}, ordered by major, minor and patch. {@link #LATEST} stands for a
 * site that builds with whatever Hugo is newest ({@code hugo-version: latest}); it sorts after every real version.
 *
 * @param major major number (0 for every Hugo release so far)
 * @param minor minor number
 * @param patch patch number
 */
public record HugoVersion(int major, int minor, int patch) implements Comparable<HugoVersion> {

    /** Whatever Hugo is newest. */
    public static final HugoVersion LATEST = new HugoVersion(Integer.MAX_VALUE, 0, 0);

    private static final Pattern NUMBER = Pattern.compile(
            "^[vV]?(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:[-+]?(extended))?(?:[-+][\\w.]*)?$");
    private static final Comparator<HugoVersion> ORDER = Comparator.comparingInt(HugoVersion::major)
            .thenComparingInt(HugoVersion::minor).thenComparingInt(HugoVersion::patch);

    public HugoVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers cannot be negative");
        }
    }

    /** {@code 0.<minor>.0}, the way Hugo versions are usually talked about. */
    public static HugoVersion of(int minor) {
        return new HugoVersion(0, minor, 0);
    }


    /**
     * Reads {@code 0.122.0}, {@code v0.122}, {@code 0.122.0-extended}, {@code 0.111.3+extended}, {@code latest};
     * surrounding quotes, spaces and npm range operators ({@code ^ ~ >= =}) are ignored.
     *
     * @return empty when the text is not a version
     */
    public static Optional<HugoVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replaceAll("^[\"']|[\"']$", "").strip().replaceFirst("^(\\^|~|>=|=)\\s*", "");
        if (t.equalsIgnoreCase("latest")) {
            return Optional.of(LATEST);
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Optional.of(new HugoVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch));
    }

    public boolean isLatest() {
        return major == Integer.MAX_VALUE;
    }

    /** {@code this >= other}. */
    public boolean atLeast(HugoVersion other) {
        return compareTo(other) >= 0;
    }

    /** {@code this < other}. */
    public boolean before(HugoVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(HugoVersion other) {
        return ORDER.compare(this, other);
    }

    /** {@code 0.122.0}, or {@code latest}. */
    @Override
    public String toString() {
        return isLatest() ? "latest" : major + "." + minor + "." + patch;
    }
}
