package io.recapstudio.core.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a post writes it: the raw text ({@code 2022-05-25 10:00:00+00:00}), the style it is written in, and the
 * parsed value ({@link LocalDate}, {@link LocalDateTime} or {@link OffsetDateTime}).
 *
 * <p>Accepted forms: {@code YYYY-MM-DD} optionally followed by {@code T}, {@code t} or spaces and a time
 * {@code H:MM}, {@code HH:MM:SS} or with a fraction, then optionally (after optional spaces) {@code Z} or an offset
 * {@code +HH:MM}, {@code +HHMM} or {@code +HH}.
 *
 * @param raw   the text as written, without quotes
 * @param style the style of {@code raw}
 * @param value the parsed value
 */
public record FrontMatterDate(String raw, DateStyle style, Temporal value) {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:([Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
            + "([ \\t]*)(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /** Parses {@code text} (surrounding whitespace ignored); empty when it is not a date. */
    public static Optional<FrontMatterDate> parse(String text) {
        String raw = text.strip();
        Matcher m = DATE.matcher(raw);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(new FrontMatterDate(raw, DateStyle.DATE_ONLY, date));
            }
            return Optional.of(dateTime(raw, m, date));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static FrontMatterDate dateTime(String raw, Matcher m, LocalDate date) {
        String fraction = m.group(8) == null ? "" : m.group(8);
        int nano = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                m.group(7) == null ? 0 : Integer.parseInt(m.group(7)), nano);
        String offsetText = m.group(10);
        String separator = m.group(4);
        DateStyle.OffsetStyle offsetStyle = offsetStyle(offsetText);
        DateStyle style = new DateStyle(true, separator.charAt(0) == '\t' ? ' ' : separator.charAt(0),
                m.group(5).length() == 2, m.group(7) != null, fraction.length(), offsetStyle,
                offsetText != null && !m.group(9).isEmpty());
        LocalDateTime local = LocalDateTime.of(date, time);
        if (offsetText == null) {
            return new FrontMatterDate(raw, style, local);
        }
        return new FrontMatterDate(raw, style, OffsetDateTime.of(local, parseOffset(offsetText)));
    }

    private static DateStyle.OffsetStyle offsetStyle(String offsetText) {
        if (offsetText == null) {
            return DateStyle.OffsetStyle.NONE;
        }
        if (offsetText.equalsIgnoreCase("z")) {
            return DateStyle.OffsetStyle.Z;
        }
        if (offsetText.length() == 3) {
            return DateStyle.OffsetStyle.HOURS;
        }
        return offsetText.indexOf(':') > 0 ? DateStyle.OffsetStyle.COLON : DateStyle.OffsetStyle.NO_COLON;
    }

    private static ZoneOffset parseOffset(String text) {
        if (text.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** A date for {@code value} written in {@code style}. */
    public static FrontMatterDate of(Temporal value, DateStyle style) {
        String raw = style.format(value);
        return parse(raw).orElseThrow(() -> new IllegalArgumentException("cannot write " + value + " as a date"));
    }

    /** True when the value has a time of day. */
    public boolean hasTime() {
        return !(value instanceof LocalDate);
    }

    /** The value as an instant with an offset; a value without one is taken to be at {@code defaultOffset}. */
    public OffsetDateTime toOffsetDateTime(ZoneOffset defaultOffset) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof LocalDateTime local) {
            return local.atOffset(defaultOffset);
        }
        return ((LocalDate) value).atStartOfDay().atOffset(defaultOffset);
    }

    /** The calendar date. */
    public LocalDate localDate() {
        if (value instanceof OffsetDateTime odt) {
            return odt.toLocalDate();
        }
        if (value instanceof LocalDateTime local) {
            return local.toLocalDate();
        }
        return (LocalDate) value;
    }

    @Override
    public String toString() {
        return raw;
    }
}
