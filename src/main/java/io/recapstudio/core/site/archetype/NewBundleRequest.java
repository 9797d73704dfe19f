package io.recapstudio.core.site.archetype;

/**
 * What {@code recap new} (or the app's "New post") asks for.
 *
 * @param title   the post's title (required)
 * @param section the section, or null for the site's default ({@link io.recapstudio.core.site.Site#defaultSection()})
 * @param date    the date as the user typed it ({@code 2024-05-06}, {@code 2024-05-06T10:00},
 *                {@code 2024-05-06 10:00:00+02:00}), or null for now
 * @param author  the author to write where the section's posts name one (a preference or {@code --author}), or
 *                null for the section's most frequent author (marked to check)
 */
public record NewBundleRequest(String title, String section, String date, String author) {

    /** A request without an author of its own. */
    public NewBundleRequest(String title, String section, String date) {
        this(title, section, date, null);
    }

    public NewBundleRequest {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a new post needs a title");
        }
        title = title.strip();
        section = section == null || section.isBlank() ? null : section.strip();
        date = date == null || date.isBlank() ? null : date.strip();
        author = author == null || author.isBlank() ? null : author.strip();
    }
}
