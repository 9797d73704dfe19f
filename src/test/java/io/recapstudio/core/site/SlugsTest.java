package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void urlizeFollowsHugosRules() {
        Slugs s = Slugs.DEFAULT;
        assertThat(s.urlize("Harbor Bay Cloud Native Day 2026: our recap")).isEqualTo(
                "harbor-bay-cloud-native-day-2026-our-recap");
        assertThat(s.urlize("  Leading and   trailing  ")).isEqualTo("leading-and-trailing");
        assertThat(s.urlize("Wrap-Up - part 2")).isEqualTo("wrap-up-part-2");
        assertThat(s.urlize("C++ & Go_lang #1 ~ v1.2")).isEqualTo("c++-go_lang-#1-~-v1.2");
        assertThat(s.urlize("Ünïcode Café")).isEqualTo("ünïcode-café");
        assertThat(s.urlize("100%25 done")).isEqualTo("100%25-done");
        assertThat(s.urlize("Emoji 🎉 day")).isEqualTo("emoji-day");
    }

    @Test
    void accentsAreRemovedOnlyWhenTheSiteAsks() {
        assertThat(new Slugs(false, true).urlize("Ünïcode Café")).isEqualTo("unicode-cafe");
        assertThat(new Slugs(true, false).makePath("Keep Case")).isEqualTo("Keep-Case");
    }
}
