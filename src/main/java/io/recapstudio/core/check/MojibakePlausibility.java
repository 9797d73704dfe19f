package io.recapstudio.core.check;

/**
 * Which characters encoding damage can plausibly have hidden: the mojibake detector reads a suspect stretch as the
 * UTF-8 of a character (with {@link io.recapstudio.core.post.Utf8}, the one UTF-8 validator) and asks here whether
 * that character is one a recap post would contain.
 */
final class MojibakePlausibility {

    private MojibakePlausibility() {
    }

    /**
     * Whether damage plausibly hid {@code codePoint}, a character decoded from a {@code length}-byte sequence.
     * Correct text forms valid sequences by accident only in a few ways (an upper-case É, Ö, Ü, Í or ß before a quote
     * or dash; a Czech {@code áš} before {@code ’}), and those decode to blocks nobody writes in a recap post: IPA,
     * spacing modifiers, Armenian, Syriac, NKo, Ogham, Yi. Only these blocks are accepted: Latin-1, Latin
     * Extended-A/B and Additional, the combining accents of decomposed Latin letters, Greek, Cyrillic, Hebrew, Arabic,
     * Indic, Thai, Georgian, punctuation, symbols, arrows, maths, dingbats, CJK, kana, Hangul, ligatures, variation
     * selectors, the byte order mark, and planes 1 to 3 and the tags of plane 14 (emoji, flags, rare CJK).
     */
    static boolean isPlausible(int codePoint, int length) {
        return switch (length) {
            case 2 -> isInnerLayerOnly(codePoint) || in(codePoint, 0xA0, 0x23F) || isCombiningMark(codePoint)
                    || in(codePoint, 0x386, 0x4FF) || in(codePoint, 0x590, 0x6FF);
            case 3 -> isPlausibleBmp(codePoint);
            default -> in(codePoint, 0x10000, 0x3FFFD) && (codePoint & 0xFFFE) != 0xFFFE
                    || in(codePoint, 0xE0000, 0xE01EF);
        };
    }

    private static boolean isPlausibleBmp(int codePoint) {
        boolean block = in(codePoint, 0x900, 0xEFF) || in(codePoint, 0x10A0, 0x10FF) || in(codePoint, 0x1E00, 0x1FFF)
                || in(codePoint, 0x2000, 0x2BFF) || in(codePoint, 0x2E00, 0x2E7F) || in(codePoint, 0x2E80, 0x9FFF)
                || in(codePoint, 0xAC00, 0xD7AF) || in(codePoint, 0xF900, 0xFAFF) || in(codePoint, 0xFB00, 0xFB06)
                || in(codePoint, 0xFE00, 0xFE0F) || in(codePoint, 0xFE30, 0xFE4F) || codePoint == 0xFEFF
                || in(codePoint, 0xFF00, 0xFFEF);
        return block && Character.isDefined(codePoint);
    }

    /**
     * Letters of scripts whose text comes in words: accepted only in a stretch of two or more characters, so that a
     * lone accident ({@code Ñ”} reads as Cyrillic {@code є}) is not taken for damage. Basic Greek letters (π, λ, Δ),
     * Vietnamese letters and symbols may stand alone.
     */
    static boolean needsCompany(int codePoint) {
        boolean lone = codePoint < 0x386 || in(codePoint, 0x391, 0x3C9) || in(codePoint, 0x1E00, 0x1EFF)
                || in(codePoint, 0x2000, 0x2BFF) || in(codePoint, 0x2E00, 0x2E7F) || in(codePoint, 0x3000, 0x303F)
                || codePoint >= 0xFB00 && codePoint <= 0xFEFF || codePoint >= 0x10000;
        return !lone;
    }

    private static boolean in(int codePoint, int low, int high) {
        return codePoint >= low && codePoint <= high;
    }

    /**
     * A C1 control (U+0080..U+009F): what Latin-1 makes of bytes 0x80..0x9F, and Windows-1252 of its five undefined
     * ones. Plausible as the first of two layers of damage only; the detector never offers one as a repair.
     */
    static boolean isC1Control(int codePoint) {
        return codePoint >= 0x80 && codePoint <= 0x9F;
    }

    /** Characters plausible only as the inner layer of double damage: C1 controls and the lone modifiers ˆ ˜. */
    static boolean isInnerLayerOnly(int codePoint) {
        return isC1Control(codePoint) || codePoint == 0x2C6 || codePoint == 0x2DC;
    }

    /** Combining accents of decomposed (NFD) Latin letters, as macOS produces them: {@code e} + U+0301. */
    static boolean isCombiningMark(int codePoint) {
        return codePoint >= 0x300 && codePoint <= 0x33F;
    }

}
