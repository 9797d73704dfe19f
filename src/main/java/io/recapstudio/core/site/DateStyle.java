package io.recapstudio.core.site;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a site writes front-matter dates: {@code 2022-05-25}, {@code 2022-05-25T10:00:00Z},
 * {@code 2022-05-25 10:00:00+00:00}, {@code 2022-05-25T10:00:00+0200}, … and in which UTC offset. Learned from the
 * site's existing posts ({@link #infer(Collection)}) so a new post's date looks like its neighbours'.
 *
 * @param dateOnly    only {@code yyyy-mm-dd}
 * @param separator   between date and time: {@code 'T'} or {@code ' '}
 * @param seconds     whether seconds are written
 * @param offsetStyle how the offset is written
 * @param offset      the offset new dates are written in
 */
public record DateStyle(boolean dateOnly, char separator, boolean seconds, OffsetStyle offsetStyle,
                        ZoneOffset offset) {

    /** How the UTC offset of a date is written. */
    public enum OffsetStyle {
        /** No offset: a local date-time. */
        NONE,
        /** RFC 3339: {@code Z} for UTC, {@code +02:00} otherwise. */
        Z,
        /** Always {@code +hh:mm}, also {@code +00:00} for UTC. */
        COLON,
        /** {@code +hhmm}. */
        NO_COLON
    }

    /**
     * A date read from front matter.
     *
     * @param value the instant (a date without offset is taken as UTC, as Hugo does without {@code timeZone})
     * @param style how it was written
     */
    public record Parsed(ZonedDateTime value, DateStyle style) {
    }

    /** Hugo's own archetype style: RFC 3339 ({@code 2006-01-02T15:04:05Z07:00}). */
    public static DateStyle rfc3339(ZoneOffset offset) {
        return new DateStyle(false, 'T', true, OffsetStyle.Z, offset);
    }

    private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:([T ])(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}(:?)\\d{2})?"
            + "(?:\\s+[A-Z]{3,5})?)?$");

    /** Reads a front-matter date as Hugo accepts it; empty when it is not one. */
    public static Optional<Parsed> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(raw.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(new Parsed(date.atStartOfDay(ZoneOffset.UTC),
                        new DateStyle(true, 'T', false, OffsetStyle.NONE, ZoneOffset.UTC)));
            }
            int nanos = m.group(8) == null ? 0 : Integer.parseInt((m.group(8) + "00000000").substring(0, 9));
            LocalDateTime local = date.atTime(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt(m.group(7)), nanos);
            String zone = m.group(9);
            ZoneOffset offset = zone == null || zone.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            OffsetStyle style = zone == null ? OffsetStyle.NONE : zone.equals("Z") ? OffsetStyle.Z
                    : m.group(10).isEmpty() ? OffsetStyle.NO_COLON : OffsetStyle.COLON;
            return Optional.of(new Parsed(local.atZone(offset),
                    new DateStyle(false, m.group(4).charAt(0), m.group(7) != null, style, offset)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The style most of {@code rawDates} use, in the offset most of them use; RFC 3339 in {@code fallback} when none
     * parses. A site whose dates mix {@code Z} and {@code +02:00} is RFC 3339 ({@link OffsetStyle#Z}).
     */
    public static DateStyle infer(Collection<String> rawDates, ZoneOffset fallback) {
        var parsed = rawDates.stream().map(DateStyle::parse).flatMap(Optional::stream).map(Parsed::style).toList();
        if (parsed.isEmpty()) {
            return rfc3339(fallback);
        }
        DateStyle shape = mostCommon(parsed, s -> new DateStyle(s.dateOnly, s.separator, s.seconds,
                s.offsetStyle == OffsetStyle.COLON ? OffsetStyle.Z : s.offsetStyle, ZoneOffset.UTC));
        OffsetStyle offsetStyle = shape.offsetStyle;
        if (offsetStyle == OffsetStyle.Z && parsed.stream().noneMatch(s -> s.offsetStyle == OffsetStyle.Z)) {
            offsetStyle = OffsetStyle.COLON;
        }
        ZoneOffset offset = mostCommon(parsed.stream().filter(s -> s.offsetStyle != OffsetStyle.NONE && !s.dateOnly)
                .toList(), DateStyle::offset);
        return new DateStyle(shape.dateOnly, shape.separator, shape.seconds, offsetStyle,
                offset == null ? fallback : offset);
    }

    private static <T> T mostCommon(java.util.List<DateStyle> styles, Function<DateStyle, T> key) {
        Map<T, Long> counts = styles.stream().collect(Collectors.groupingBy(key, HashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<T, Long>comparingByValue()
                .thenComparing(e -> String.valueOf(e.getKey()), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** {@code t} written in this style (moved to this style's offset first). */
    public String format(ZonedDateTime t) {
        ZonedDateTime at = t.withZoneSameInstant(offset);
        String date = GoTimeFormat.format("2006-01-02", at);
        if (dateOnly) {
            return date;
        }
        String time = GoTimeFormat.format(seconds ? "15:04:05" : "15:04", at);
        String zone = switch (offsetStyle) {
            case NONE -> "";
            case Z -> GoTimeFormat.format("Z07:00", at);
            case COLON -> GoTimeFormat.format("-07:00", at);
            case NO_COLON -> GoTimeFormat.format("-0700", at);
        };
        return date + separator + time + zone;
    }

    /** A readable description such as {@code 2006-01-02 15:04:05-07:00 in +02:00}. */
    @Override
    public String toString() {
        return (dateOnly ? "2006-01-02" : "2006-01-02" + separator + (seconds ? "15:04:05" : "15:04") + switch (
                offsetStyle) {
            case NONE -> "";
            case Z -> "Z07:00";
            case COLON -> "-07:00";
            case NO_COLON -> "-0700";
        }) + " in " + offset;
    }
}
