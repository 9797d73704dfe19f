package io.recapstudio.core.recap;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The usual structure of a conference recap, in the site's heading style: an introduction, one section per day of
 * the event (from its first to its last day), talks you might have missed, a thank-you list and a gallery; each
 * with a short note in an HTML comment saying what goes there (Hugo does not render them).
 */
public final class RecapOutline {

    /** The longest event an outline has a section a day for. */
    public static final int MAX_DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);

    /**
     * @param firstDay the event's first day
     * @param lastDay  its last day (the first for a one-day event)
     * @param gallery  the gallery's call (e.g. the site's {@code gallery} shortcode), or empty for a note instead
     */
    public record Event(LocalDate firstDay, LocalDate lastDay, String gallery) {

        public Event {
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("the event's last day (" + lastDay + ") is before its first ("
                        + firstDay + ")");
            }
            if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
                throw new IllegalArgumentException("an outline has a section a day for events of up to " + MAX_DAYS
                        + " days; " + firstDay + " to " + lastDay + " is longer");
            }
        }
    }

    private RecapOutline() {
    }

    /** The outline's Markdown, ending with a line break. */
    public static String of(Event event, HeadingStyle style) {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Introduction: the event, where and when, and why it mattered to you. -->\n");
        long days = ChronoUnit.DAYS.between(event.firstDay(), event.lastDay()) + 1;
        for (int i = 0; i < days; i++) {
            LocalDate day = event.firstDay().plusDays(i);
            section(out, style, (days == 1 ? "The day" : "Day " + (i + 1)) + ": " + DAY.format(day),
                    "Keynotes, talks and hallway moments of " + DAY.format(day) + ".");
        }
        section(out, style, "Talks you might have missed",
                "Paste the talks' titles, speakers and links (Insert > Talk List from Clipboard).");
        section(out, style, "Thank you", "The speakers, organisers, booth staff and volunteers.");
        out.append('\n').append(style.heading("Gallery")).append("\n\n");
        out.append(event.gallery().isBlank() ? "<!-- The event's photos. -->\n" : event.gallery().strip() + "\n");
        return out.toString();
    }

    private static void section(StringBuilder out, HeadingStyle style, String heading, String note) {
        out.append('\n').append(style.heading(heading)).append("\n\n<!-- ").append(note).append(" -->\n");
    }
}
