package io.recapstudio;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The product version: the Maven version filtered into {@code version.properties}, spelt as a package version so
 * that {@code recap --version} prints exactly the version of the installed package (packaging/build.sh reads it from
 * the built jar).
 */
public final class Version {

    private Version() {
    }

    /** The version of this build, e.g. {@code 0.1.0~SNAPSHOT}; {@code dev} when the classes were not built by Maven. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "dev" : packageVersion(version);
        } catch (IOException e) {
            return "dev";
        }
    }

    /**
     * A Maven version as Debian (and RPM) order it: the qualifier after a tilde, which sorts before the release
     * ({@code 0.1.0-SNAPSHOT} becomes {@code 0.1.0~SNAPSHOT}, older than {@code 0.1.0}); a hyphen is not allowed in a
     * package version without a revision, so later hyphens become dots ({@code 1.0.0-rc-1} is {@code 1.0.0~rc.1}).
     */
    static String packageVersion(String mavenVersion) {
        int hyphen = mavenVersion.indexOf('-');
        if (hyphen < 0) {
            return mavenVersion;
        }
        return mavenVersion.substring(0, hyphen) + "~" + mavenVersion.substring(hyphen + 1).replace('-', '.');
    }
}
