package io.recapstudio.core.site.archetype;

import java.util.Map;

/**
 * A template object with fixed fields ({@code .Site}, {@code .File}, the page): asking for a field it does not
 * have is an error, unlike a params map where a missing key is simply nil.
 *
 * @param what   how to name it in messages, e.g. {@code .Site}
 * @param fields its fields
 */
record ObjectView(String what, Map<String, Object> fields) {
}
