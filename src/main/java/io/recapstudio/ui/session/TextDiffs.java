package io.recapstudio.ui.session;

import io.recapstudio.core.post.LineDiff;
import java.util.List;

/** A line diff of two texts as people read it: {@code - 12  old line} and {@code + 12  new line}, with a summary. */
public final class TextDiffs {

    private TextDiffs() {
    }

    /**
     * The changed lines from {@code before} to {@code after}, at most {@code maxLines} of them (then how many more),
     * or a line saying the texts are the same.
     */
    public static String describe(String before, String after, int maxLines) {
        List<LineDiff.Change> changes = LineDiff.changes(lines(before), lines(after));
        if (changes.isEmpty()) {
            return "No differences.";
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (LineDiff.Change change : changes) {
            if (shown == maxLines) {
                out.append("… and ").append(changes.size() - shown).append(" more changed lines\n");
                break;
            }
            out.append(change.added() ? "+ " : "- ").append(String.format("%4d  ", change.line()))
                    .append(change.text()).append('\n');
            shown++;
        }
        return out.toString();
    }

    /** "2 lines added, 1 removed", or "no differences". */
    public static String summary(String before, String after) {
        List<LineDiff.Change> changes = LineDiff.changes(lines(before), lines(after));
        long added = changes.stream().filter(LineDiff.Change::added).count();
        long removed = changes.size() - added;
        if (changes.isEmpty()) {
            return "no differences";
        }
        return added + (added == 1 ? " line" : " lines") + " added, " + removed + " removed";
    }

    private static String[] lines(String text) {
        return text.isEmpty() ? new String[0] : text.split("\n", -1);
    }
}
