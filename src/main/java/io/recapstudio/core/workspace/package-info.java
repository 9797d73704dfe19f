/**
 * What one open post works against: its {@link io.recapstudio.core.workspace.SiteContext} (the site's config, index,
 * shortcode catalog, front-matter schema and rendering settings, loaded once and shared by every feature). Sits above
 * {@code site}, {@code shortcode.catalog}, {@code frontmatter.schema} and {@code markdown.preview}.
 */
package io.recapstudio.core.workspace;
