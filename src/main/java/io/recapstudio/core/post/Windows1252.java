package io.recapstudio.core.post;

/** Windows-1252 as browsers decode it (WHATWG): bytes 0x80–0x9F map to typographic characters or C1 controls. */
final class Windows1252 {

    private static final String HIGH_CONTROLS =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private Windows1252() {
    }

    static char decode(int b) {
        int unsigned = b & 0xFF;
        if (unsigned >= 0x80 && unsigned <= 0x9F) {
            return HIGH_CONTROLS.charAt(unsigned - 0x80);
        }
        return (char) unsigned;
    }

    static String decode(byte[] bytes, int from) {
        StringBuilder out = new StringBuilder(bytes.length - from);
        for (int i = from; i < bytes.length; i++) {
            out.append(decode(bytes[i]));
        }
        return out.toString();
    }
}
