package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HugoVersionTest {

    @Test
    void parsesTheWaysSitesWriteVersions() {
        assertThat(HugoVersion.parse("0.122.0")).contains(HugoVersion.of(122));
        assertThat(HugoVersion.parse("v0.141")).contains(HugoVersion.of(141));
        assertThat(HugoVersion.parse("'0.111.3+extended'")).contains(new HugoVersion(0, 111, 3));
        assertThat(HugoVersion.parse("0.125.4-extended")).contains(new HugoVersion(0, 125, 4));
        assertThat(HugoVersion.parse("^0.120.1")).contains(new HugoVersion(0, 120, 1));
        assertThat(HugoVersion.parse("latest")).contains(HugoVersion.LATEST);
        assertThat(HugoVersion.parse("${{ env.V }}")).isEmpty();
        assertThat(HugoVersion.parse("soon")).isEmpty();
    }

    @Test
    void comparesNumericallyNotAsText() {
        assertThat(HugoVersion.of(99).before(HugoVersion.of(122))).isTrue();
        assertThat(new HugoVersion(0, 141, 0).atLeast(HugoVersion.of(141))).isTrue();
        assertThat(new HugoVersion(0, 140, 9).atLeast(HugoVersion.of(141))).isFalse();
        assertThat(HugoVersion.LATEST.atLeast(new HugoVersion(0, 999, 9))).isTrue();
        assertThat(HugoVersion.LATEST).hasToString("latest");
        assertThat(new HugoVersion(0, 122, 0)).hasToString("0.122.0");
    }
}
