package io.recapstudio.core.site;

import io.recapstudio.core.frontmatter.DateStyle;
import io.recapstudio.core.frontmatter.FrontMatterDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a site writes its front-matter dates, learned from its posts: the {@link DateStyle} most of them use
 * ({@code 2022-05-25}, {@code 2022-05-25T10:00:00Z}, {@code 2022-05-25 10:00:00+00:00}, …) and the UTC offset most
 * of them are in, so a new post's date looks like its neighbours'. Dates are read with the project's one date
 * parser, {@link FrontMatterDate}; this adds only what a site has and a single date has not: the usual offset.
 *
 * @param style  how dates are written
 * @param offset the offset new dates are written in
 */
public record SiteDateStyle(DateStyle style, ZoneOffset offset) {

    /** Hugo's own archetype style, RFC 3339 ({@code 2006-01-02T15:04:05Z07:00}), in {@code offset}. */
    public static SiteDateStyle rfc3339(ZoneOffset offset) {
        return new SiteDateStyle(new DateStyle(true, 'T', true, true, 0, DateStyle.OffsetStyle.Z, false), offset);
    }

    /**
     * A front-matter date as an instant: a date or date-time without an offset is taken as UTC, as Hugo does
     * without {@code timeZone}. Empty when it is not a date.
     */
    public static Optional<ZonedDateTime> parse(String raw) {
        return raw == null ? Optional.empty() : FrontMatterDate.parse(raw).map(SiteDateStyle::instant);
    }

    private static ZonedDateTime instant(FrontMatterDate date) {
        return date.toOffsetDateTime(ZoneOffset.UTC).toZonedDateTime();
    }

    /**
     * The style most of {@code rawDates} use, in the offset most of them use; RFC 3339 in {@code fallback} when
     * none parses. A site whose dates mix {@code Z} and {@code +02:00} is RFC 3339 ({@link DateStyle.OffsetStyle#Z}).
     */
    public static SiteDateStyle infer(Collection<String> rawDates, ZoneOffset fallback) {
        List<FrontMatterDate> parsed = rawDates.stream().map(FrontMatterDate::parse).flatMap(Optional::stream)
                .toList();
        if (parsed.isEmpty()) {
            return rfc3339(fallback);
        }
        List<DateStyle> styles = parsed.stream().map(FrontMatterDate::style).toList();
        DateStyle shape = mostCommon(styles, s -> s.offset() == DateStyle.OffsetStyle.COLON
                ? withOffsetStyle(s, DateStyle.OffsetStyle.Z) : s);
        if (shape.offset() == DateStyle.OffsetStyle.Z
                && styles.stream().noneMatch(s -> s.offset() == DateStyle.OffsetStyle.Z)) {
            shape = withOffsetStyle(shape, DateStyle.OffsetStyle.COLON);
        }
        ZoneOffset offset = mostCommon(parsed.stream().filter(d -> d.value() instanceof OffsetDateTime).toList(),
                d -> ((OffsetDateTime) d.value()).getOffset());
        return new SiteDateStyle(shape, offset == null ? fallback : offset);
    }

    private static DateStyle withOffsetStyle(DateStyle s, DateStyle.OffsetStyle offsetStyle) {
        return new DateStyle(s.hasTime(), s.separator(), s.padHour(), s.seconds(), s.fractionDigits(), offsetStyle,
                s.offsetSpace());
    }

    private static <T, K> K mostCommon(List<T> items, Function<T, K> key) {
        Map<K, Long> counts = new HashMap<>();
        items.forEach(i -> counts.merge(key.apply(i), 1L, Long::sum));
        return counts.entrySet().stream().max(Map.Entry.<K, Long>comparingByValue()
                .thenComparing(e -> String.valueOf(e.getKey()), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** True when the site writes dates without a time. */
    public boolean dateOnly() {
        return !style.hasTime();
    }

    /** {@code t} written in this style, moved to this style's offset first. */
    public String format(ZonedDateTime t) {
        OffsetDateTime at = t.withZoneSameInstant(offset).toOffsetDateTime();
        if (dateOnly()) {
            return style.format(at.toLocalDate());
        }
        if (style.offset() == DateStyle.OffsetStyle.NONE) {
            return style.format(at.toLocalDateTime());
        }
        return style.format(at);
    }

    /** A readable description such as {@code 2006-01-02 15:04:05-07:00 in +02:00}. */
    @Override
    public String toString() {
        ZonedDateTime reference = LocalDateTime.of(LocalDate.of(2006, 1, 2), java.time.LocalTime.of(15, 4, 5))
                .atZone(offset);
        return format(reference) + " in " + offset;
    }
}
