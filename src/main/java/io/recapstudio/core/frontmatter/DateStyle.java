package io.recapstudio.core.frontmatter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;

/**
 * How a date is written, so a new value is written the way the file already writes dates:
 * {@code 2022-05-25 10:00:00+00:00} stays a space, seconds and a {@code +00:00} offset.
 *
 * @param hasTime        false for a date-only value such as {@code 2022-05-25}
 * @param separator      the character between date and time: {@code T}, {@code t} or a space
 * @param padHour        false when hours are written without a leading zero ({@code 9:00})
 * @param seconds        true when seconds are written
 * @param fractionDigits digits of the fraction of a second (0 for none)
 * @param offset         how the UTC offset is written
 * @param offsetSpace    true when a space separates the time and the offset
 */
public record DateStyle(boolean hasTime, char separator, boolean padHour, boolean seconds, int fractionDigits,
                        OffsetStyle offset, boolean offsetSpace) {

    /** {@code 2022-05-25T10:00:00+00:00}, the form of Hugo's own archetypes. */
    public static final DateStyle ISO = new DateStyle(true, 'T', true, true, 0, OffsetStyle.COLON, false);

    /** {@code 2022-05-25}. */
    public static final DateStyle DATE_ONLY = new DateStyle(false, 'T', true, true, 0, OffsetStyle.NONE, false);

    /** How the UTC offset is written. */
    public enum OffsetStyle {
        /** No offset: a local date-time. */
        NONE,
        /** {@code Z} for UTC (other offsets as {@code +02:00}). */
        Z,
        /** {@code +00:00}. */
        COLON,
        /** {@code +0000}. */
        NO_COLON,
        /** {@code +00}. */
        HOURS
    }

    /** This style with a time part, for writing a date-time where the file only had dates. */
    public DateStyle withTime() {
        return hasTime ? this : new DateStyle(true, separator, true, true, 0, OffsetStyle.COLON, false);
    }

    /**
     * Writes {@code value} ({@link LocalDate}, {@link LocalDateTime}, {@link OffsetDateTime} or
     * {@link ZonedDateTime}) in this style. A value with a time is never cut down to a date, and a value with an
     * offset never loses it: a date-only style gains a time, an offset-less style writes {@code +HH:MM}.
     */
    public String format(Temporal value) {
        if (value instanceof LocalDate date) {
            return date(date);
        }
        if (value instanceof ZonedDateTime zoned) {
            return format(zoned.toOffsetDateTime());
        }
        DateStyle style = withTime();
        if (value instanceof LocalDateTime local) {
            return style.date(local.toLocalDate()) + style.separator + style.time(local.getHour(), local.getMinute(),
                    local.getSecond(), local.getNano());
        }
        if (value instanceof OffsetDateTime odt) {
            OffsetStyle offsetStyle = style.offset == OffsetStyle.NONE ? OffsetStyle.COLON : style.offset;
            return style.date(odt.toLocalDate()) + style.separator
                    + style.time(odt.getHour(), odt.getMinute(), odt.getSecond(), odt.getNano())
                    + (style.offsetSpace ? " " : "") + offset(offsetStyle, odt.getOffset().getTotalSeconds());
        }
        throw new IllegalArgumentException("not a date: " + value);
    }

    private String date(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getMonthValue(),
                date.getDayOfMonth());
    }

    private String time(int hour, int minute, int second, int nano) {
        StringBuilder out = new StringBuilder();
        out.append(padHour ? String.format(Locale.ROOT, "%02d", hour) : Integer.toString(hour));
        out.append(String.format(Locale.ROOT, ":%02d", minute));
        boolean writeSeconds = seconds || second != 0 || nano != 0;
        if (writeSeconds) {
            out.append(String.format(Locale.ROOT, ":%02d", second));
            int digits = nano == 0 ? fractionDigits : Math.max(fractionDigits, significantDigits(nano));
            if (digits > 0) {
                out.append('.').append(String.format(Locale.ROOT, "%09d", nano), 0, digits);
            }
        }
        return out.toString();
    }

    private static int significantDigits(int nano) {
        String digits = String.format(Locale.ROOT, "%09d", nano);
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return end;
    }

    private static String offset(OffsetStyle style, int totalSeconds) {
        if (style == OffsetStyle.Z && totalSeconds == 0) {
            return "Z";
        }
        char sign = totalSeconds < 0 ? '-' : '+';
        int abs = Math.abs(totalSeconds);
        int hours = abs / 3600;
        int minutes = abs % 3600 / 60;
        return switch (style) {
            case NO_COLON -> String.format(Locale.ROOT, "%c%02d%02d", sign, hours, minutes);
            case HOURS -> minutes == 0 ? String.format(Locale.ROOT, "%c%02d", sign, hours)
                    : String.format(Locale.ROOT, "%c%02d:%02d", sign, hours, minutes);
            default -> String.format(Locale.ROOT, "%c%02d:%02d", sign, hours, minutes);
        };
    }

    /** True when TOML can hold a value in this style as a native date (else it must be a quoted string). */
    public boolean isTomlNative() {
        return !hasTime || (padHour && seconds && separator != 0
                && (offset == OffsetStyle.NONE || offset == OffsetStyle.Z || offset == OffsetStyle.COLON)
                && !offsetSpace);
    }
}
