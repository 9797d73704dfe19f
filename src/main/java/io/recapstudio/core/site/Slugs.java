package io.recapstudio.core.site;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Hugo's way of turning text into URL path segments ({@code urlize}, the {@code :title} and {@code :slug} permalink
 * tokens): letters, digits, marks and {@code . / \ _ # + ~ -} are kept, a run of white space becomes one hyphen, every
 * other character is dropped, and the result is lower-cased unless the site sets {@code disablePathToLower}.
 * {@code "KubeCon EU 2022: Wrap-Up & more!"} becomes {@code kubecon-eu-2022-wrap-up-more}.
 */
public final class Slugs {

    /** Hugo's defaults: lower-case, accents kept. */
    public static final Slugs DEFAULT = new Slugs(false, false);

    private final boolean disablePathToLower;
    private final boolean removePathAccents;

    public Slugs(boolean disablePathToLower, boolean removePathAccents) {
        this.disablePathToLower = disablePathToLower;
        this.removePathAccents = removePathAccents;
    }

    /** Whether paths are lower-cased (Hugo's default; false with {@code disablePathToLower}). */
    public boolean lowerCasesPaths() {
        return !disablePathToLower;
    }

    /** Hugo's {@code urlize} (without the percent-encoding that happens when the URL is printed). */
    public String urlize(String text) {
        String path = makePath(text);
        return disablePathToLower ? path : path.toLowerCase(Locale.ROOT);
    }

    /** Hugo's {@code MakePath}: sanitized, case kept. */
    public String makePath(String text) {
        String s = removePathAccents ? removeAccents(text) : text;
        int[] source = s.codePoints().toArray();
        StringBuilder target = new StringBuilder(s.length());
        boolean prependHyphen = false;
        boolean wasHyphen = false;
        for (int i = 0; i < source.length; i++) {
            int r = source[i];
            if (isAllowed(source, i)) {
                wasHyphen = r == '-';
                if (prependHyphen) {
                    if (!wasHyphen) {
                        target.append('-');
                    }
                    prependHyphen = false;
                }
                target.appendCodePoint(r);
            } else if (target.length() > 0 && isSpace(r) && !wasHyphen) {
                prependHyphen = true;
            }
        }
        return target.toString();
    }

    private static boolean isAllowed(int[] source, int i) {
        int r = source[i];
        if (r == '.' || r == '/' || r == '\\' || r == '_' || r == '#' || r == '+' || r == '~' || r == '-') {
            return true;
        }
        if (Character.isLetter(r) || Character.isDigit(r) || isMark(r)) {
            return true;
        }
        return r == '%' && i + 2 < source.length && isHex(source[i + 1]) && isHex(source[i + 2]);
    }

    private static boolean isMark(int r) {
        int type = Character.getType(r);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSpace(int r) {
        return Character.isWhitespace(r) || Character.isSpaceChar(r) || r == 0x85;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String removeAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return Normalizer.normalize(decomposed.replaceAll("\\p{Mn}+", ""), Normalizer.Form.NFC);
    }
}
