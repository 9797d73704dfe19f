package io.recapstudio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VersionTest {

    /** Debian policy 5.6.12: an upstream version without a revision starts with a digit and has no hyphen. */
    private static final Pattern DEBIAN_NATIVE_VERSION = Pattern.compile("[0-9][A-Za-z0-9.+~]*");

    @Test
    void aSnapshotIsAPreReleaseThatSortsBeforeItsRelease() {
        assertThat(Version.packageVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1.0~SNAPSHOT");
    }

    @Test
    void aReleaseVersionStaysAsItIs() {
        assertThat(Version.packageVersion("1.2.3")).isEqualTo("1.2.3");
    }

    @Test
    void laterHyphensBecomeDots() {
        assertThat(Version.packageVersion("1.0.0-rc-1")).isEqualTo("1.0.0~rc.1");
    }

    @Test
    void theBuiltVersionIsAValidDebianVersion() {
        assertThat(Version.current()).matches(DEBIAN_NATIVE_VERSION);
    }
}
