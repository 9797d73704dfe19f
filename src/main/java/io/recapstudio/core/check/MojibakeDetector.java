package io.recapstudio.core.check;

import io.recapstudio.core.post.Utf8;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Fix;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds mojibake: UTF-8 text that was decoded as Windows-1252 (or Latin-1) once or twice, such as {@code â€™} for
 * {@code ’}, {@code Ã¯} for {@code ï}, {@code ðŸ¥°} for 🥰, {@code Ã¢â‚¬â„¢} for {@code ’}, and gives the exact repair.
 *
 * <p>How it avoids flagging correct text. The starting point is the strict test: take runs of characters that exist
 * in Windows-1252 (its five undefined bytes standing as C1 controls), turn them back into bytes, and accept only
 * bytes that are strict UTF-8 (lead and continuation bytes, no overlong forms, no surrogates) and decode to different,
 * non-ASCII text. Correct Western text almost never passes: {@code ü}, {@code ö} or {@code é} before a letter, a lone
 * {@code ’}, {@code ±}, {@code °} or {@code €} are all invalid UTF-8. Two refinements:
 * <ul>
 *   <li>Each stretch of non-ASCII characters is judged on its own rather than the whole run, so damage is found in a
 *   paragraph that also holds correct accents (an author who fixed half of a pasted text).</li>
 *   <li>The decoded character must be one damage plausibly hid (see {@code MojibakePlausibility}); this refuses the few
 *   accidents of correct text: {@code Fuß“} (NKo), {@code CAFÉ’s} (IPA), {@code Lukáš’s} (Ogham), {@code ESPAÑ”} and
 *   {@code Ježíš’} (a lone Cyrillic letter or Hangul syllable; such scripts count only in words of two or more), and
 *   an all-caps word ending in Ã before a closing quote ({@code “IRMÃ”}).</li>
 * </ul>
 * Double damage is peeled layer by layer while each layer still decodes completely and plausibly.
  */
public final class MojibakeDetector {

    /** The rule id of the diagnostics. */
    public static final String RULE = RuleId.MOJIBAKE.id();

    /** Windows-1252 bytes 0x80..0x9F; U+FFFD marks the five bytes it leaves undefined. */
    private static final String CP1252_HIGH = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";
    /** What follows a word without a space: apostrophe, closing quotes (also German “), guillemet, ellipsis. */
    private static final String CLOSERS = "’”“»…";
    private static final int MAX_LAYERS = 3;
    private static final int CONTEXT = 30;

    private MojibakeDetector() {
    }

    /**
     * One damaged stretch.
     *
     * @param range    where the damaged text is
     * @param damaged  the damaged text
     * @param repaired what it was before the damage
     * @param layers   how many times it was decoded wrongly (1 or 2, rarely 3)
     */
    public record Damage(TextRange range, String damaged, String repaired, int layers) {
    }

    /** Every damaged stretch of {@code text}. */
    public static List<Damage> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /** Every damaged stretch of {@code text[from, to)}, in order. */
    public static List<Damage> find(CharSequence text, int from, int to) {
        List<Damage> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isCandidate(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && isCandidate(text.charAt(end))) {
                end++;
            }
            scanRun(text, i, end, found);
            i = end;
        }
        return found;
    }

    /** The text with every damaged stretch repaired. */
    public static String repair(String text) {
        return TextEdit.applyAll(text, find(text).stream().map(d -> new TextEdit(d.range(), d.repaired())).toList());
    }

    /** Diagnostics for a whole text. */
    public static List<Diagnostic> check(String text) {
        return check(text, 0, text.length(), LineIndex.of(text));
    }

    /**
     * One warning (rule {@code mojibake}) per damaged stretch of {@code text[from, to)}, with the exact repair as its
     * fix. Lines and columns come from {@code lines}, the index of the whole {@code text}.
     */
    public static List<Diagnostic> check(String text, int from, int to, LineIndex lines) {
        List<Diagnostic> out = new ArrayList<>();
        for (Damage damage : find(text, from, to)) {
            String times = damage.layers() == 1 ? "" : damage.layers() == 2 ? " twice" : " " + damage.layers()
                    + " times";
            TextRange word = wordAround(text, damage.range());
            String before = visible(word.of(text));
            String after = visible(text.substring(word.start(), damage.range().start()) + damage.repaired()
                    + text.substring(damage.range().end(), word.end()));
            String message = "'" + before + "' is UTF-8 text read as Windows-1252" + times + ": it should read '"
                    + after + "'; apply the fix to repair it";
            Fix fix = new Fix("replace '" + visible(damage.damaged()) + "' with '" + visible(damage.repaired()) + "'",
                    List.of(new TextEdit(damage.range(), damage.repaired())));
            out.add(Diagnostic.at(lines, damage.range(), Severity.WARNING, RULE, message).withFix(fix));
        }
        return out;
    }

    /** Finds the damaged stretches in a run of Windows-1252-encodable non-ASCII characters. */
    private static void scanRun(CharSequence text, int start, int end, List<Damage> found) {
        byte[] bytes = encode(text, start, end);
        int k = 0;
        while (k < bytes.length) {
            boolean afterLowercase = start + k > 0 && isAsciiLowercase(text.charAt(start + k - 1));
            Decoded stretch = decodeStretch(bytes, k, afterLowercase);
            if (stretch == null) {
                k++;
                continue;
            }
            String damaged = text.subSequence(start + k, start + stretch.end()).toString();
            char before = start + k > 0 ? text.charAt(start + k - 1) : ' ';
            char after = start + stretch.end() < text.length() ? text.charAt(start + stretch.end()) : ' ';
            Optional<Repair> repair = isAllCapsAccident(damaged, before, after) ? Optional.empty()
                    : peel(stretch.text(), before, after);
            if (repair.isEmpty()) {
                k++;
                continue;
            }
            found.add(new Damage(TextRange.of(start + k, start + stretch.end()), damaged, repair.get().text(),
                    repair.get().layers()));
            k = stretch.end();
        }
    }

    /**
     * An all-caps word ending in Ã or Â right before a closing quote or apostrophe ({@code “IRMÃ”}, {@code MAÇÃ’s})
     * forms the same two bytes as a damaged Ô or Ò. Damage is rarely there: inside a word the next character is a
     * letter ({@code CÃ”TE}, {@code LÅ‘rinc}). So a capital followed by one of {@code ’ ” “ » …} and then the end of
     * the word, after another capital, counts as correct text when it would decode to a letter; the price is that
     * a damaged Ô, Ò, Ó, Å or û ending an all-caps word ({@code ALLÃ”}) is not repaired.
     */
    private static boolean isAllCapsAccident(String stretch, char before, char after) {
        if (stretch.length() != 2 || CLOSERS.indexOf(stretch.charAt(1)) < 0 || byteOf(stretch.charAt(0)) < 0
                || !Character.isUpperCase(before) || Character.isLetter(after) && !(stretch.charAt(1) == '’'
                && after == 's')) {
            return false;
        }
        int decoded = (byteOf(stretch.charAt(0)) & 0x1F) << 6 | (byteOf(stretch.charAt(1)) & 0x3F);
        return Character.isLetter(decoded);
    }

    /**
     * Peels further layers of damage off a first decoding and keeps the deepest one that is real text: C1 controls
     * and lone ˆ ˜ are only ever a step between two layers, never a repair.
     */
    private static Optional<Repair> peel(String firstLayer, char before, char after) {
        Repair best = null;
        String layer = firstLayer;
        for (int layers = 1; layers <= MAX_LAYERS; layers++) {
            if (layer.codePoints().noneMatch(MojibakePlausibility::isInnerLayerOnly)) {
                best = new Repair(layer, layers);
            }
            Optional<String> deeper = isAllCapsAccident(layer, before, after) ? Optional.empty() : decodeAll(layer);
            if (deeper.isEmpty()) {
                break;
            }
            layer = deeper.get();
        }
        return Optional.ofNullable(best);
    }

    /**
     * The longest run of plausible UTF-8 sequences from {@code k}, or null when there is none worth reporting. A
     * combining accent counts only after a lower-case letter it can sit on (decomposed {@code é} is {@code e} +
     * U+0301), or when its bytes include one Windows-1252 leaves undefined, which correct text never holds.
     */
    private static Decoded decodeStretch(byte[] bytes, int k, boolean afterLowercase) {
        StringBuilder decoded = new StringBuilder();
        int codePoints = 0;
        boolean needsCompany = false;
        int at = k;
        while (at < bytes.length) {
            int length = Utf8.sequenceLength(bytes, at);
            int codePoint = length == 0 ? -1 : Utf8.codePoint(bytes, at, length);
            if (length == 0 || !MojibakePlausibility.isPlausible(codePoint, length)
                    || (MojibakePlausibility.isCombiningMark(codePoint) && at == k && !afterLowercase
                    && !hasUndefinedByte(bytes, at, length))) {
                break;
            }
            decoded.appendCodePoint(codePoint);
            codePoints++;
            needsCompany |= MojibakePlausibility.needsCompany(codePoint);
            at += length;
        }
        if (codePoints == 0 || (needsCompany && codePoints < 2)) {
            return null;
        }
        return new Decoded(decoded.toString(), at);
    }

    /** A further layer of damage: {@code s} decodes completely, and plausibly, once more. */
    private static Optional<String> decodeAll(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isCandidate(s.charAt(i))) {
                return Optional.empty();
            }
        }
        byte[] bytes = encode(s, 0, s.length());
        Decoded all = decodeStretch(bytes, 0, false);
        return all != null && all.end() == bytes.length ? Optional.of(all.text()) : Optional.empty();
    }

    private static boolean hasUndefinedByte(byte[] bytes, int at, int length) {
        for (int i = at; i < at + length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLowercase(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static byte[] encode(CharSequence text, int start, int end) {
        byte[] bytes = new byte[end - start];
        for (int i = start; i < end; i++) {
            bytes[i - start] = (byte) byteOf(text.charAt(i));
        }
        return bytes;
    }

    /** True for a non-ASCII character that has a Windows-1252 byte (C1 controls standing for the undefined ones). */
    private static boolean isCandidate(char c) {
        return c >= 0x80 && byteOf(c) >= 0;
    }

    private static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        int index = c == '\uFFFD' ? -1 : CP1252_HIGH.indexOf(c);
        return index >= 0 ? 0x80 + index : -1;
    }

    private static TextRange wordAround(String text, TextRange range) {
        int start = range.start();
        while (start > 0 && range.start() - start < CONTEXT && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        int end = range.end();
        while (end < text.length() && end - range.end() < CONTEXT && isWordChar(text.charAt(end))) {
            end++;
        }
        return TextRange.of(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-';
    }

    /** Control characters (the C1 stand-ins for undefined bytes) shown as escapes, backslash-u and four digits. */
    private static String visible(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    private record Decoded(String text, int end) {
    }

    private record Repair(String text, int layers) {
    }
}
