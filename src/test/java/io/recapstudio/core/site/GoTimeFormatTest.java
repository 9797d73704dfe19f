package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class GoTimeFormatTest {

    private static final ZonedDateTime T = ZonedDateTime.of(2024, 3, 7, 15, 4, 9, 120_000_000,
            ZoneOffset.ofHours(2));

    @Test
    void formatsGoReferenceLayouts() {
        assertThat(GoTimeFormat.format("2006-01-02", T)).isEqualTo("2024-03-07");
        assertThat(GoTimeFormat.format(GoTimeFormat.RFC3339, T)).isEqualTo("2024-03-07T15:04:09+02:00");
        assertThat(GoTimeFormat.format(GoTimeFormat.RFC3339, T.withZoneSameInstant(ZoneOffset.UTC)))
                .isEqualTo("2024-03-07T13:04:09Z");
        assertThat(GoTimeFormat.format("January 2, 2006", T)).isEqualTo("March 7, 2024");
        assertThat(GoTimeFormat.format("Mon Jan _2 3:04PM -0700 MST", T)).isEqualTo("Thu Mar  7 3:04PM +0200 +0200");
        assertThat(GoTimeFormat.format("06/1/2 15h04 .000 .999", T)).isEqualTo("24/3/7 15h04 .120 .12");
        assertThat(GoTimeFormat.format("Monday 002", T)).isEqualTo("Thursday 067");
        assertThat(GoTimeFormat.format("no layout here", T)).isEqualTo("no layout here");
    }

    @Test
    void tellsLayoutsFromPlainWords() {
        assertThat(GoTimeFormat.isLayout("2006")).isTrue();
        assertThat(GoTimeFormat.isLayout("Jan")).isTrue();
        assertThat(GoTimeFormat.isLayout("slug")).isFalse();
        assertThat(GoTimeFormat.isLayout("nonsense")).isFalse();
    }
}
