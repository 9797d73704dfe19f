package io.recapstudio.core.site;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Formats a time with a Go reference layout ({@code "2006-01-02T15:04:05Z07:00"}), as Hugo's {@code .Format},
 * {@code dateFormat} and {@code time.Format} do, and as permalink tokens such as {@code :2006} are expanded. Month and
 * day names are English, as in Go.
 */
public final class GoTimeFormat {

    /** Go's {@code time.RFC3339}, the format of {@code .Date} in archetypes. */
    public static final String RFC3339 = "2006-01-02T15:04:05Z07:00";

    private static final ZonedDateTime REFERENCE = ZonedDateTime.of(2019, 11, 9, 23, 1, 42, 1, ZoneOffset.UTC);

    private GoTimeFormat() {
    }

    /** Whether {@code text} contains at least one Go layout element (Hugo's test for a date permalink token). */
    public static boolean isLayout(String text) {
        return !format(text, REFERENCE).equals(text);
    }

    /** {@code t} formatted with the Go layout. */
    public static String format(String layout, ZonedDateTime t) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            int consumed = element(layout, i, t, out);
            if (consumed == 0) {
                out.append(layout.charAt(i));
                i++;
            } else {
                i += consumed;
            }
        }
        return out.toString();
    }

    /** Appends the element starting at {@code i} and returns its length, or returns 0 for a literal character. */
    private static int element(String l, int i, ZonedDateTime t, StringBuilder out) {
        switch (l.charAt(i)) {
            case 'J':
                if (l.startsWith("January", i)) {
                    return put(out, monthName(t.getMonth(), TextStyle.FULL), 7);
                }
                return l.startsWith("Jan", i) ? put(out, monthName(t.getMonth(), TextStyle.SHORT), 3) : 0;
            case 'M':
                if (l.startsWith("Monday", i)) {
                    return put(out, dayName(t.getDayOfWeek(), TextStyle.FULL), 6);
                }
                if (l.startsWith("Mon", i)) {
                    return put(out, dayName(t.getDayOfWeek(), TextStyle.SHORT), 3);
                }
                return l.startsWith("MST", i) ? put(out, zoneName(t), 3) : 0;
            case '0':
                return zeroPadded(l, i, t, out);
            case '1':
                return l.startsWith("15", i) ? put(out, pad2(t.getHour()), 2)
                        : put(out, Integer.toString(t.getMonthValue()), 1);
            case '2':
                return l.startsWith("2006", i) ? put(out, Integer.toString(t.getYear()), 4)
                        : put(out, Integer.toString(t.getDayOfMonth()), 1);
            case '_':
                return underscore(l, i, t, out);
            case '3':
                return put(out, Integer.toString(hour12(t)), 1);
            case '4':
                return put(out, Integer.toString(t.getMinute()), 1);
            case '5':
                return put(out, Integer.toString(t.getSecond()), 1);
            case 'P':
                return l.startsWith("PM", i) ? put(out, t.getHour() >= 12 ? "PM" : "AM", 2) : 0;
            case 'p':
                return l.startsWith("pm", i) ? put(out, t.getHour() >= 12 ? "pm" : "am", 2) : 0;
            case '-':
            case 'Z':
                return zone(l, i, t, out);
            case '.':
            case ',':
                return fraction(l, i, t, out);
            default:
                return 0;
        }
    }

    private static int zeroPadded(String l, int i, ZonedDateTime t, StringBuilder out) {
        if (l.startsWith("002", i)) {
            return put(out, String.format("%03d", t.getDayOfYear()), 3);
        }
        if (i + 1 >= l.length()) {
            return 0;
        }
        return switch (l.charAt(i + 1)) {
            case '1' -> put(out, pad2(t.getMonthValue()), 2);
            case '2' -> put(out, pad2(t.getDayOfMonth()), 2);
            case '3' -> put(out, pad2(hour12(t)), 2);
            case '4' -> put(out, pad2(t.getMinute()), 2);
            case '5' -> put(out, pad2(t.getSecond()), 2);
            case '6' -> put(out, pad2(t.getYear() % 100), 2);
            default -> 0;
        };
    }

    private static int underscore(String l, int i, ZonedDateTime t, StringBuilder out) {
        if (l.startsWith("_2006", i)) {
            return put(out, "_" + t.getYear(), 5);
        }
        if (l.startsWith("__2", i)) {
            return put(out, String.format("%3d", t.getDayOfYear()), 3);
        }
        return l.startsWith("_2", i) ? put(out, String.format("%2d", t.getDayOfMonth()), 2) : 0;
    }

    private static int zone(String l, int i, ZonedDateTime t, StringBuilder out) {
        boolean z = l.charAt(i) == 'Z';
        String rest = l.substring(i + 1);
        int seconds = t.getOffset().getTotalSeconds();
        if (z && seconds == 0) {
            for (String form : new String[] {"070000", "07:00:00", "0700", "07:00", "07"}) {
                if (rest.startsWith(form)) {
                    return put(out, "Z", form.length() + 1);
                }
            }
            return 0;
        }
        String sign = seconds < 0 ? "-" : "+";
        int abs = Math.abs(seconds);
        String hh = pad2(abs / 3600);
        String mm = pad2(abs / 60 % 60);
        String ss = pad2(abs % 60);
        if (rest.startsWith("070000")) {
            return put(out, sign + hh + mm + ss, 7);
        }
        if (rest.startsWith("07:00:00")) {
            return put(out, sign + hh + ":" + mm + ":" + ss, 9);
        }
        if (rest.startsWith("0700")) {
            return put(out, sign + hh + mm, 5);
        }
        if (rest.startsWith("07:00")) {
            return put(out, sign + hh + ":" + mm, 6);
        }
        return rest.startsWith("07") ? put(out, sign + hh, 3) : 0;
    }

    private static int fraction(String l, int i, ZonedDateTime t, StringBuilder out) {
        if (i + 1 >= l.length() || (l.charAt(i + 1) != '0' && l.charAt(i + 1) != '9')) {
            return 0;
        }
        char digit = l.charAt(i + 1);
        int j = i + 1;
        while (j < l.length() && l.charAt(j) == digit) {
            j++;
        }
        if (j < l.length() && Character.isDigit(l.charAt(j))) {
            return 0;
        }
        int digits = j - i - 1;
        String nanos = String.format("%09d", t.getNano()).substring(0, Math.min(9, digits));
        if (digit == '9') {
            nanos = nanos.replaceAll("0+$", "");
            return put(out, nanos.isEmpty() ? "" : l.charAt(i) + nanos, j - i);
        }
        return put(out, l.charAt(i) + nanos, j - i);
    }

    private static int put(StringBuilder out, String text, int length) {
        out.append(text);
        return length;
    }

    private static String pad2(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static int hour12(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String monthName(Month m, TextStyle style) {
        return m.getDisplayName(style, Locale.ENGLISH);
    }

    private static String dayName(DayOfWeek d, TextStyle style) {
        return d.getDisplayName(style, Locale.ENGLISH);
    }

    private static String zoneName(ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : format("-0700", t);
        }
        return t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
