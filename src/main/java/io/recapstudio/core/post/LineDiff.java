package io.recapstudio.core.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lines of an edited text are lines of the original: the common prefix and suffix, then Myers' O(ND) diff on
 * the rest. An edit so large that the difference exceeds {@link #MAX_EDIT_DISTANCE} lines matches only the prefix and
 * suffix; callers then pair the remaining lines by position.
 */
public final class LineDiff {

    static final int MAX_EDIT_DISTANCE = 2_000;

    private LineDiff() {
    }

    /**
     * For each line of {@code edited}, the index of the original line it is (an in-order match of a longest common
     * subsequence), or -1 for a new or changed line.
     */
    public static int[] matchLines(String[] original, String[] edited) {
        int[] result = new int[edited.length];
        Arrays.fill(result, -1);
        int prefix = 0;
        while (prefix < original.length && prefix < edited.length && original[prefix].equals(edited[prefix])) {
            result[prefix] = prefix;
            prefix++;
        }
        int suffix = 0;
        while (suffix < original.length - prefix && suffix < edited.length - prefix
                && original[original.length - 1 - suffix].equals(edited[edited.length - 1 - suffix])) {
            result[edited.length - 1 - suffix] = original.length - 1 - suffix;
            suffix++;
        }
        int n = original.length - prefix - suffix;
        int m = edited.length - prefix - suffix;
        if (n > 0 && m > 0) {
            Map<String, Integer> ids = new HashMap<>();
            int[] a = intern(original, prefix, n, ids);
            int[] b = intern(edited, prefix, m, ids);
            for (int[] pair : myers(a, b)) {
                result[prefix + pair[1]] = prefix + pair[0];
            }
        }
        return result;
    }

    /**
     * A line removed from the original ({@code added} false, {@code line} numbered in the original) or added in the
     * edited text ({@code added} true, numbered in the edited text).
     */
    public record Change(boolean added, int line, String text) {
    }

    /** The lines removed from {@code before} and added in {@code after}, in line order (a removal before an addition). */
    public static List<Change> changes(String[] before, String[] after) {
        int[] match = matchLines(before, after);
        List<Change> lines = new ArrayList<>();
        int nextOld = 0;
        for (int i = 0; i < after.length; i++) {
            if (match[i] < 0) {
                continue;
            }
            for (int o = nextOld; o < match[i]; o++) {
                lines.add(new Change(false, o + 1, before[o]));
            }
            nextOld = match[i] + 1;
        }
        for (int o = nextOld; o < before.length; o++) {
            lines.add(new Change(false, o + 1, before[o]));
        }
        for (int i = 0; i < after.length; i++) {
            if (match[i] < 0) {
                lines.add(new Change(true, i + 1, after[i]));
            }
        }
        lines.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Boolean.compare(a.added(), b.added()));
        return lines;
    }

    private static int[] intern(String[] lines, int from, int count, Map<String, Integer> ids) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = ids.computeIfAbsent(lines[from + i], key -> ids.size());
        }
        return out;
    }

    /** Matched (a index, b index) pairs of a shortest edit script, or none when it is longer than the limit. */
    private static List<int[]> myers(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int limit = Math.min(n + m, MAX_EDIT_DISTANCE);
        int offset = limit + 1;
        int[] v = new int[2 * limit + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= limit; d++) {
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(trace, a, b, d);
                }
            }
        }
        return List.of();
    }

    private static List<int[]> backtrack(List<int[]> trace, int[] a, int[] b, int distance) {
        List<int[]> pairs = new ArrayList<>();
        int x = a.length;
        int y = b.length;
        for (int d = distance; d > 0; d--) {
            int[] v = trace.get(d);
            int base = d + 1;
            int k = x - y;
            int previousK = k == -d || (k != d && v[base + k - 1] < v[base + k + 1]) ? k + 1 : k - 1;
            int previousX = v[base + previousK];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                x--;
                y--;
                pairs.add(new int[] {x, y});
            }
            x = previousX;
            y = previousY;
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            pairs.add(new int[] {x, y});
        }
        return pairs;
    }
}
