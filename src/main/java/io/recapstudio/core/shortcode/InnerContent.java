package io.recapstudio.core.shortcode;

/** Whether a shortcode's template reads inner content ({@code .Inner}), which decides how Hugo pairs its tags. */
public enum InnerContent {
    /**
     * The template uses {@code .Inner}: Hugo fails the build unless the call is closed ({@code {{< /name >}}}) or
     * self-closed ({@code {{< name />}}}).
     */
    REQUIRED,
    /** The template has no {@code .Inner}: Hugo fails the build on a closing tag or a self-closing slash. */
    NEVER,
    /** Not known (a site shortcode not yet read): the call pairs with a matching closing tag if one follows. */
    UNKNOWN
}
