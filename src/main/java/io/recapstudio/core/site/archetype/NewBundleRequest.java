package io.recapstudio.core.site.archetype;

/**
 * What {@code recap new} (or the app's "New post") asks for.
 *
 * @param title   the post's title (required)
 * @param section the section, or null for the site's default ({@link io.recapstudio.core.site.Site#defaultSection()})
 * @param date    the date as the user typed it ({@code 2024-05-06}, {@code 2024-05-06T10:00},
 *                {@code 2024-05-06 10:00:00+02:00}), or null for now
 */
public record NewBundleRequest(String title, String section, String date) {

    public NewBundleRequest {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a new post needs a title");
        }
        title = title.strip();
        section = section == null || section.isBlank() ? null : section.strip();
        date = date == null || date.isBlank() ? null : date.strip();
    }
}
