package io.recapstudio.core.check;

/** Small generated images for tests of other packages. */
public final class TestImages {

    private TestImages() {
    }

    /** A JPEG of {@code w}×{@code h}. */
    public static byte[] jpeg(int w, int h) {
        return AgreementSite.jpeg(w, h);
    }
}
