package io.recapstudio.core.image;

import java.util.Locale;

/** An opaque colour, as Hugo's background option writes it ({@code #fff} or {@code #ffffff}). */
public record Rgb(int red, int green, int blue) {

    public static final Rgb WHITE = new Rgb(255, 255, 255);

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour components range from 0 to 255");
        }
    }

    /** {@code fff}, {@code #fff}, {@code ffffff} or {@code #ffffff}; null when it is none of these. */
    static Rgb parseHex(String text) {
        String s = text.startsWith("#") ? text.substring(1) : text;
        if (s.length() == 3) {
            s = "" + s.charAt(0) + s.charAt(0) + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2);
        }
        if (s.length() != 6 || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return null;
        }
        int v = Integer.parseInt(s, 16);
        return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    public int argb() {
        return 0xff000000 | red << 16 | green << 8 | blue;
    }

    /** {@code #rrggbb}, lower case. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
