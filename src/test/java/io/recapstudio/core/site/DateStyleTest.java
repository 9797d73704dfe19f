package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateStyleTest {

    private static final ZonedDateTime NOON_UTC = ZonedDateTime.of(2024, 5, 6, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void readsTheDateFormsPostsUse() {
        assertThat(DateStyle.parse("2022-05-25 10:00:00+00:00").orElseThrow().value())
                .isEqualTo(ZonedDateTime.of(2022, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(DateStyle.parse("2022-05-25 9:00:00+02:00").orElseThrow().value().getHour()).isEqualTo(9);
        assertThat(DateStyle.parse("2022-05-25T10:00:00Z").orElseThrow().style().offsetStyle())
                .isEqualTo(DateStyle.OffsetStyle.Z);
        assertThat(DateStyle.parse("2022-05-25T10:00:00+0530").orElseThrow().value().getOffset())
                .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(DateStyle.parse("2022-05-25").orElseThrow().style().dateOnly()).isTrue();
        assertThat(DateStyle.parse("2022-05-25T10:00").orElseThrow().style().seconds()).isFalse();
        assertThat(DateStyle.parse("25 May 2022")).isEmpty();
        assertThat(DateStyle.parse("2022-02-30")).isEmpty();
    }

    @Test
    void writesInTheSitesStyleAndOffset() {
        DateStyle flux = DateStyle.infer(List.of("2022-05-25 10:00:00+00:00", "2021-10-15 08:30:00+00:00"),
                ZoneOffset.ofHours(9));
        assertThat(flux.format(NOON_UTC)).isEqualTo("2024-05-06 12:00:00+00:00");
        DateStyle berlin = DateStyle.infer(List.of("2023-01-02T10:00:00+01:00", "2023-07-02T10:00:00+02:00",
                "2023-08-02T10:00:00+02:00", "2023-09-01T09:00:00Z"), ZoneOffset.UTC);
        assertThat(berlin.offsetStyle()).isEqualTo(DateStyle.OffsetStyle.Z);
        assertThat(berlin.format(NOON_UTC)).isEqualTo("2024-05-06T14:00:00+02:00");
        DateStyle plain = DateStyle.infer(List.of("2020-01-01", "2021-02-02", "2021-02-02T10:00:00Z"), ZoneOffset.UTC);
        assertThat(plain.format(NOON_UTC)).isEqualTo("2024-05-06");
    }

    @Test
    void withoutDatesItIsRfc3339InTheFallbackOffset() {
        DateStyle none = DateStyle.infer(List.of("not a date"), ZoneOffset.ofHours(-5));
        assertThat(none.format(NOON_UTC)).isEqualTo("2024-05-06T07:00:00-05:00");
    }
}
