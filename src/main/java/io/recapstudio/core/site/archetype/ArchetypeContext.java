package io.recapstudio.core.site.archetype;

import io.recapstudio.core.site.SiteConfig;
import java.time.ZonedDateTime;

/**
 * What an archetype template sees of the page being created.
 *
 * @param title       {@code .Title}: the title the user gave
 * @param name        {@code .Name} and {@code .File.ContentBaseName}: the bundle folder's name
 * @param section     {@code .Section} and {@code .Type}
 * @param date        {@code .Date} (printed as RFC 3339, as Hugo does)
 * @param now         what {@code now} returns
 * @param contentPath the new file's path below the content root, e.g. {@code blog/2024-05-06-reef/index.md}
 * @param site        the site's config, for {@code .Site.Title}, {@code .Site.Params.x}, {@code titleCaseStyle}
 * @param language    the content language code, for {@code .Lang} and {@code .Site.Language.Lang}
 */
public record ArchetypeContext(String title, String name, String section, ZonedDateTime date, ZonedDateTime now,
                               String contentPath, SiteConfig site, String language) {
}
