package io.recapstudio.core.frontmatter.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The closest known value to a typed one (edit distance, ignoring case), to suggest instead of a typo. */
final class Similarity {

    private Similarity() {
    }

    /**
     * The closest of {@code known} near enough to be a typo of it: one edit for words of four to six letters, a
     * quarter of the length (at least two) for longer ones, none for shorter ones (every short tag is near another).
     */
    static Optional<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(t, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = t.length() <= 3 ? 0 : t.length() <= 6 ? 1 : Math.max(2, t.length() / 4);
        return best != null && bestDistance > 0 && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
