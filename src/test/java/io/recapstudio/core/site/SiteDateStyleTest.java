package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteDateStyleTest {

    private static final ZonedDateTime NOON_UTC = ZonedDateTime.of(2024, 5, 6, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void readsTheDateFormsPostsUseWithTheOneDateParser() {
        assertThat(SiteDateStyle.parse("2022-05-25 10:00:00+00:00").orElseThrow())
                .isEqualTo(ZonedDateTime.of(2022, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(SiteDateStyle.parse("2022-05-25 9:00:00+02:00").orElseThrow().getHour()).isEqualTo(9);
        assertThat(SiteDateStyle.parse("2022-05-25T10:00:00+0530").orElseThrow().getOffset())
                .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(SiteDateStyle.parse("2022-05-25").orElseThrow())
                .isEqualTo(ZonedDateTime.of(2022, 5, 25, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(SiteDateStyle.parse("25 May 2022")).isEmpty();
        assertThat(SiteDateStyle.parse("2022-02-30")).isEmpty();
        for (String raw : List.of("2022-05-25 10:00:00+00:00", "2022-05-25t10:00", "2022-05-25T10:00:00.5Z",
                "2022-05-25 10:00:00 +02", "2022-13-01", "yesterday")) {
            assertThat(SiteDateStyle.parse(raw).isPresent()).as("the site and the editor agree on " + raw)
                    .isEqualTo(io.recapstudio.core.frontmatter.FrontMatterDate.parse(raw).isPresent());
        }
    }

    @Test
    void writesInTheSitesStyleAndOffset() {
        SiteDateStyle flux = SiteDateStyle.infer(List.of("2022-05-25 10:00:00+00:00", "2021-10-15 08:30:00+00:00"),
                ZoneOffset.ofHours(9));
        assertThat(flux.format(NOON_UTC)).isEqualTo("2024-05-06 12:00:00+00:00");
        SiteDateStyle berlin = SiteDateStyle.infer(List.of("2023-01-02T10:00:00+01:00", "2023-07-02T10:00:00+02:00",
                "2023-08-02T10:00:00+02:00", "2023-09-01T09:00:00Z"), ZoneOffset.UTC);
        assertThat(berlin.style().offset())
                .isEqualTo(io.recapstudio.core.frontmatter.DateStyle.OffsetStyle.Z);
        assertThat(berlin.format(NOON_UTC)).isEqualTo("2024-05-06T14:00:00+02:00");
        SiteDateStyle plain = SiteDateStyle.infer(List.of("2020-01-01", "2021-02-02", "2021-02-02T10:00:00Z"),
                ZoneOffset.UTC);
        assertThat(plain.format(NOON_UTC)).isEqualTo("2024-05-06");
    }

    @Test
    void withoutDatesItIsRfc3339InTheFallbackOffset() {
        SiteDateStyle none = SiteDateStyle.infer(List.of("not a date"), ZoneOffset.ofHours(-5));
        assertThat(none.format(NOON_UTC)).isEqualTo("2024-05-06T07:00:00-05:00");
    }
}
