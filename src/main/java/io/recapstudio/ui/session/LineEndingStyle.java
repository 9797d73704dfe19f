package io.recapstudio.ui.session;

/** The line endings a file used, so that LF editor text is written back the way the file had it. */
final class LineEndingStyle implements OpenedPost.LineEndingRestorer {

    private final String lineBreak;
    private final String label;
    private final boolean bom;

    private LineEndingStyle(String lineBreak, String label, boolean bom) {
        this.lineBreak = lineBreak;
        this.label = label;
        this.bom = bom;
    }

    /** The dominant style of {@code text}: CRLF when most line breaks are CRLF, else LF; mixed files say so. */
    static LineEndingStyle of(String text, boolean bom) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        boolean mixed = Integer.signum(crlf) + Integer.signum(lf) + Integer.signum(cr) > 1;
        String dominant = crlf > lf && crlf >= cr ? "\r\n" : cr > lf ? "\r" : "\n";
        String name = switch (dominant) {
            case "\r\n" -> "CRLF";
            case "\r" -> "CR";
            default -> "LF";
        };
        return new LineEndingStyle(dominant, mixed ? name + " (mixed)" : name, bom);
    }

    static String toLf(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    @Override
    public String restore(String lfText) {
        String body = lineBreak.equals("\n") ? lfText : lfText.replace("\n", lineBreak);
        return bom ? "\uFEFF" + body : body;
    }

    @Override
    public String label() {
        return label;
    }
}
